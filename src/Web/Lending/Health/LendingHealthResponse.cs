namespace Plateforme.Web.Lending.Health;

/// <summary>
/// The ledger's health as the admin endpoint answers it, with Stripe's reconciliation differences when Stripe is the
/// provider, and the lending e-mails given up (listed for the operators; they do not make the ledger unhealthy).
/// </summary>
public sealed record LendingHealthResponse(string Status, bool Healthy, int Transactions, int Entries, IReadOnlyList<string> Violations,
    IReadOnlyList<PaymentDifferenceLine>? PaymentDifferences = null, IReadOnlyList<UndeliveredMessageLine>? UndeliveredMessages = null);

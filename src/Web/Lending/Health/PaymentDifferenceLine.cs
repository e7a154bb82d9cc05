namespace Plateforme.Web.Lending.Health;

/// <summary>One difference between Stripe and the ledger, as the health endpoint lists it (codes, for a monitor).</summary>
public sealed record PaymentDifferenceLine(DateOnly Day, string Object, string StripeId, long? StripeCents, long? LedgerCents, string Difference);

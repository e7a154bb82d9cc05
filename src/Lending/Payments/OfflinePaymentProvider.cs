namespace Plateforme.Lending.Payments;

/// <summary>
/// The default provider: no payment service. Lenders pay by transfer or cheque quoting a reference, moderators
/// confirm what they received, and make refunds, payouts and withdrawals by transfer themselves.
/// </summary>
public sealed class OfflinePaymentProvider : IPaymentProvider
{
    public string Name => "offline";

    public Task<PaymentInstruction> PreparePledgeAsync(PaymentRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Manual(request, "Aucun paiement n'est demandé maintenant : si la campagne atteint son objectif, vous recevrez les instructions de virement."));

    public Task<PaymentInstruction> RequestCollectionAsync(PaymentRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Manual(request, "Réglez par virement ou par chèque en indiquant la référence ; un modérateur confirmera la réception."));

    public Task<PaymentInstruction> RefundAsync(PaymentRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Manual(request, "Remboursement à effectuer par virement."));

    public Task<PaymentInstruction> PayOutAsync(PaymentRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Manual(request, "Versement à effectuer par virement."));

    /// <summary>A short reference a person can copy on a transfer: "PRET-" and the first characters of the pledge or campaign.</summary>
    public static string ReferenceFor(PaymentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return "PRET-" + (request.PledgeId ?? request.CampaignId).ToString("N")[..10].ToUpperInvariant();
    }

    private static PaymentInstruction Manual(PaymentRequest request, string instructions) =>
        new(PaymentOutcome.ManualActionRequired, ReferenceFor(request), instructions);
}

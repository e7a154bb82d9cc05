using Plateforme.Lending.Resources;

namespace Plateforme.Lending.Payments;

/// <summary>
/// The default provider: no payment service. Lenders pay by transfer or cheque quoting a reference, moderators
/// confirm what they received, and make refunds, payouts and withdrawals by transfer themselves.
/// </summary>
public sealed class OfflinePaymentProvider : IPaymentProvider
{
    public string Name => "offline";

    public Task<PaymentInstruction> PreparePledgeAsync(PaymentRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Manual(request, LendingMessages.OfflinePledgeInstructions));

    public Task<PaymentInstruction> RequestCollectionAsync(PaymentRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Manual(request, LendingMessages.OfflineCollectionInstructions));

    public Task<PaymentInstruction> RefundAsync(PaymentRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Manual(request, LendingMessages.OfflineRefundInstructions));

    public Task<PaymentInstruction> PayOutAsync(PaymentRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Manual(request, LendingMessages.OfflinePayOutInstructions));

    /// <summary>A short reference a person can copy on a transfer: "PRET-" and the first characters of the pledge or campaign.</summary>
    public static string ReferenceFor(PaymentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return "PRET-" + (request.PledgeId ?? request.CampaignId).ToString("N")[..10].ToUpperInvariant();
    }

    private static PaymentInstruction Manual(PaymentRequest request, string instructions) =>
        new(PaymentOutcome.ManualActionRequired, ReferenceFor(request), instructions);
}

namespace Plateforme.Lending.Payments;

/// <summary>
/// Where money actually moves. The ledger is always written first (with the same idempotency key), then the
/// provider is asked; a provider confirms later (a moderator for the offline one, a webhook for Stripe) through
/// the pledge and repayment services. Offline is the default; Stripe comes behind the same interface.
/// </summary>
public interface IPaymentProvider
{
    string Name { get; }

    /// <summary>At pledge time (Stripe: save a payment method with a SetupIntent). No money moves.</summary>
    Task<PaymentInstruction> PreparePledgeAsync(PaymentRequest request, CancellationToken cancellationToken);

    /// <summary>When the campaign is funded (Stripe: an off-session PaymentIntent).</summary>
    Task<PaymentInstruction> RequestCollectionAsync(PaymentRequest request, CancellationToken cancellationToken);

    /// <summary>Return collected money to its payer.</summary>
    Task<PaymentInstruction> RefundAsync(PaymentRequest request, CancellationToken cancellationToken);

    /// <summary>Pay the collected money to the carrier (Stripe: a Connect transfer), or a lender's withdrawal.</summary>
    Task<PaymentInstruction> PayOutAsync(PaymentRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// When true, a disbursement writes its transfer as an outbox row in its own transaction, so that the transfer
    /// survives a crash between the ledger's commit and the provider's call.
    /// </summary>
    bool PayOutFromOutbox => false;
}

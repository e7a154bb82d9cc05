namespace Plateforme.Lending.Payments.Operations;

/// <summary>Each kind of write a payment service is asked to make.</summary>
public enum PaymentOperationKind
{
    /// <summary>A hosted page saving a lender's card or SEPA mandate for later (Stripe Checkout, mode=setup).</summary>
    PledgeSetup,

    /// <summary>A hosted page charging a donation at once (Stripe Checkout, mode=payment).</summary>
    DonationCheckout,

    /// <summary>An off-session charge of a saved payment method when the campaign is funded.</summary>
    Collection,
    Refund,

    /// <summary>The collected money sent to the carrier's connected account.</summary>
    Transfer,

    /// <summary>A hosted page saving the carrier's SEPA mandate for repayments.</summary>
    MandateSetup,

    /// <summary>A monthly SEPA debit of the carrier for a due instalment.</summary>
    RepaymentDebit,

    /// <summary>The carrier's connected account, opened once (Stripe Connect).</summary>
    ConnectAccount,

    /// <summary>A hosted page where a lender pays a pledge on-session after the off-session charge was refused.</summary>
    OnSessionPayment,
}

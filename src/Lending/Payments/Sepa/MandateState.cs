namespace Plateforme.Lending.Payments.Sepa;

/// <summary>The carrier's SEPA Direct Debit mandate for a campaign's repayments.</summary>
public enum MandateState
{
    NotSigned,

    /// <summary>The hosted page was opened; Stripe has not confirmed the mandate yet.</summary>
    Pending,
    Signed,
}

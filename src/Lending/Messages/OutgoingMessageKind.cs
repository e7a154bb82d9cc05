namespace Plateforme.Lending.Messages;

/// <summary>What the e-mail module should tell someone. Texts are the e-mail module's business.</summary>
public enum OutgoingMessageKind
{
    CampaignFunded,
    CampaignFailed,
    CampaignCancelled,

    /// <summary>Sent to each lender with a pending pledge when the campaign is funded.</summary>
    PaymentRequested,
    PaymentReminder,
    PledgeCancelledUnpaid,
    PledgeRefunded,
    ReadyToDisburse,
    InstalmentLate,
    DefaultProcedureOpened,
    LoanRescheduled,
    LoanDefaulted,
}

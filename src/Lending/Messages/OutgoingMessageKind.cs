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

    /// <summary>To the lender: their pledge is recorded (amount), with how to pay when it is paid by transfer or cheque.</summary>
    PledgeReceived,

    /// <summary>To the lender: a moderator confirmed their payment (amount).</summary>
    PaymentConfirmed,

    /// <summary>To the carrier (amount paid out) and to each lender (their loan): the money went to the project.</summary>
    Disbursed,

    /// <summary>To each lender with their share of one repayment, and to the carrier with the amount received.</summary>
    RepaymentReceived,

    /// <summary>To the lender: a moderator made the transfer of a withdrawal (no campaign: <see cref="Guid.Empty"/>).</summary>
    WithdrawalPaid,

    /// <summary>
    /// To each supporter (lender or donor, once per person): the carrier wrote a message to supporters. Which one is
    /// in the deduplication key, read by <see cref="Supporters.SupporterMessageService.MessageIdOf"/>.
    /// </summary>
    SupporterMessage,

    /// <summary>To the carrier: their campaign is sent for review (once per submission).</summary>
    CampaignSubmitted,

    /// <summary>To the carrier: a moderator published their campaign.</summary>
    CampaignPublished,

    /// <summary>To the carrier: the campaign received its first pledge.</summary>
    FirstPledge,

    /// <summary>To the carrier: the pledges reached the goal (the campaign still collects until its end date).</summary>
    GoalReached,
}

using Plateforme.Lending.Messages;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Lending.Mail;

/// <summary>
/// The subject and text of each kind of message. Placeholders: {0} the campaign's title, {1} the message's amount,
/// {2} the payment deadline or the instalment's number, {3} the payment reference to quote, {4} the text the carrier
/// wrote to supporters.
/// </summary>
public static class LendingMailTemplates
{
    public static (string Subject, string Body, LendingMailPath Path) For(OutgoingMessage message, bool toCarrier)
    {
        ArgumentNullException.ThrowIfNull(message);
        var toModerators = message.Audience == MessageAudience.Moderators;
        // Campaign-wide notices go to the carrier without a pledge and to each supporter with theirs.
        var toSupporter = message.PledgeId is not null;
        return message.Kind switch
        {
            OutgoingMessageKind.PledgeReceived => (LendingModerationText.MailPledgeReceivedSubject, LendingModerationText.MailPledgeReceivedBody, LendingMailPath.Campaign),
            OutgoingMessageKind.PaymentConfirmed => (LendingModerationText.MailPaymentConfirmedSubject, LendingModerationText.MailPaymentConfirmedBody, LendingMailPath.Campaign),
            OutgoingMessageKind.CampaignFunded => (LendingModerationText.MailFundedSubject, LendingModerationText.MailFundedBody, LendingMailPath.Carrier),
            OutgoingMessageKind.CampaignFailed when toSupporter => (LendingModerationText.MailFailedLenderSubject, LendingModerationText.MailFailedLenderBody, LendingMailPath.Campaign),
            OutgoingMessageKind.CampaignFailed => (LendingModerationText.MailFailedCarrierSubject, LendingModerationText.MailFailedCarrierBody, LendingMailPath.Carrier),
            OutgoingMessageKind.CampaignCancelled when toSupporter => (LendingModerationText.MailCancelledLenderSubject, LendingModerationText.MailCancelledLenderBody, LendingMailPath.Campaign),
            OutgoingMessageKind.CampaignCancelled => (LendingModerationText.MailCancelledCarrierSubject, LendingModerationText.MailCancelledCarrierBody, LendingMailPath.Carrier),
            OutgoingMessageKind.PaymentRequested => (LendingModerationText.MailPaymentRequestedSubject, LendingModerationText.MailPaymentRequestedBody, LendingMailPath.Campaign),
            OutgoingMessageKind.PaymentReminder => (LendingModerationText.MailPaymentReminderSubject, LendingModerationText.MailPaymentReminderBody, LendingMailPath.Campaign),
            OutgoingMessageKind.PledgeCancelledUnpaid => (LendingModerationText.MailUnpaidSubject, LendingModerationText.MailUnpaidBody, LendingMailPath.Campaign),
            OutgoingMessageKind.PledgeRefunded => (LendingModerationText.MailRefundedSubject, LendingModerationText.MailRefundedBody, LendingMailPath.Campaign),
            OutgoingMessageKind.ReadyToDisburse => (LendingModerationText.MailReadySubject, LendingModerationText.MailReadyBody, LendingMailPath.Moderation),
            OutgoingMessageKind.InstalmentLate when toModerators => (LendingModerationText.MailLateModeratorsSubject, LendingModerationText.MailLateModeratorsBody, LendingMailPath.Moderation),
            OutgoingMessageKind.InstalmentLate => (LendingModerationText.MailLateCarrierSubject, LendingModerationText.MailLateCarrierBody, LendingMailPath.Carrier),
            OutgoingMessageKind.DefaultProcedureOpened when toModerators => (LendingModerationText.MailProcedureModeratorsSubject, LendingModerationText.MailProcedureModeratorsBody, LendingMailPath.Moderation),
            OutgoingMessageKind.DefaultProcedureOpened => (LendingModerationText.MailProcedureCarrierSubject, LendingModerationText.MailProcedureCarrierBody, LendingMailPath.Carrier),
            OutgoingMessageKind.LoanRescheduled => (LendingModerationText.MailRescheduledSubject, LendingModerationText.MailRescheduledBody, LendingMailPath.Carrier),
            OutgoingMessageKind.LoanDefaulted when toCarrier => (LendingModerationText.MailDefaultedCarrierSubject, LendingModerationText.MailDefaultedCarrierBody, LendingMailPath.Carrier),
            OutgoingMessageKind.LoanDefaulted => (LendingModerationText.MailDefaultedLenderSubject, LendingModerationText.MailDefaultedLenderBody, LendingMailPath.Lender),
            OutgoingMessageKind.Disbursed when toSupporter => (LendingModerationText.MailDisbursedLenderSubject, LendingModerationText.MailDisbursedLenderBody, LendingMailPath.Lender),
            OutgoingMessageKind.Disbursed => (LendingModerationText.MailDisbursedCarrierSubject, LendingModerationText.MailDisbursedCarrierBody, LendingMailPath.Carrier),
            OutgoingMessageKind.RepaymentReceived when toSupporter => (LendingModerationText.MailRepaidLenderSubject, LendingModerationText.MailRepaidLenderBody, LendingMailPath.Lender),
            OutgoingMessageKind.RepaymentReceived => (LendingModerationText.MailRepaidCarrierSubject, LendingModerationText.MailRepaidCarrierBody, LendingMailPath.Carrier),
            OutgoingMessageKind.SupporterMessage => (LendingModerationText.MailSupporterMessageSubject, LendingModerationText.MailSupporterMessageBody, LendingMailPath.Campaign),
            OutgoingMessageKind.WithdrawalPaid => (LendingModerationText.MailWithdrawalPaidSubject, LendingModerationText.MailWithdrawalPaidBody, LendingMailPath.Lender),
            OutgoingMessageKind.CampaignSubmitted => (LendingPageText.MailSubmittedSubject, LendingPageText.MailSubmittedBody, LendingMailPath.Carrier),
            OutgoingMessageKind.CampaignPublished => (LendingPageText.MailPublishedSubject, LendingPageText.MailPublishedBody, LendingMailPath.Campaign),
            OutgoingMessageKind.FirstPledge => (LendingPageText.MailFirstPledgeSubject, LendingPageText.MailFirstPledgeBody, LendingMailPath.Carrier),
            OutgoingMessageKind.GoalReached => (LendingPageText.MailGoalReachedSubject, LendingPageText.MailGoalReachedBody, LendingMailPath.Carrier),
            _ => (LendingModerationText.MailGenericSubject, LendingModerationText.MailGenericBody, LendingMailPath.Campaign),
        };
    }
}

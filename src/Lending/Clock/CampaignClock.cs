using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;
using Plateforme.Lending.Resources;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Clock;

/// <summary>
/// What happens because time passes, for a scheduler to call (every few minutes; a run repeated is harmless):
/// campaigns reaching their end date, collection windows (reminders, unpaid pledges cancelled), late instalments
/// and default procedures. Each campaign is handled in its own transaction under its lock.
/// </summary>
public sealed partial class CampaignClock(
    LendingWrites writes, TimeProvider time, IOptions<LendingOptions> options, IPaymentProvider payments, ILogger<CampaignClock> logger)
{
    private LendingOptions Settings => options.Value;

    public async Task<ClockReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var report = await CloseDueCampaignsAsync(cancellationToken);
        report = report.Add(await ProcessCollectionWindowsAsync(cancellationToken));
        return report.Add(await FlagLateInstalmentsAsync(cancellationToken));
    }

    /// <summary>
    /// Published campaigns whose end date is over: goal reached (or, when keeping what is raised, the minimum goal)
    /// → funded, lenders asked to pay within the collection window; otherwise → failed, everything returned.
    /// </summary>
    public async Task<ClockReport> CloseDueCampaignsAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var due = await writes.ReadAsync(db => db.Campaigns.AsNoTracking()
            .Where(c => c.State == CampaignState.Published && c.ClosesAt <= now).Select(c => c.Id).ToListAsync(cancellationToken), cancellationToken);
        var report = ClockReport.Empty;
        foreach (var campaignId in due)
        {
            report = report.Add(await CloseAsync(campaignId, cancellationToken));
        }

        return report;
    }

    /// <summary>Funded campaigns: reminders for unpaid pledges; at the window's end, unpaid pledges cancelled, and failure if short.</summary>
    public async Task<ClockReport> ProcessCollectionWindowsAsync(CancellationToken cancellationToken = default)
    {
        var funded = await writes.ReadAsync(db => db.Campaigns.AsNoTracking()
            .Where(c => c.State == CampaignState.Funded).Select(c => c.Id).ToListAsync(cancellationToken), cancellationToken);
        var report = ClockReport.Empty;
        foreach (var campaignId in funded)
        {
            report = report.Add(await CollectAsync(campaignId, cancellationToken));
        }

        return report;
    }

    /// <summary>Instalments unpaid the configured days (10) after their due date become late; enough of them open a default procedure.</summary>
    public async Task<ClockReport> FlagLateInstalmentsAsync(CancellationToken cancellationToken = default)
    {
        var repaying = await writes.ReadAsync(db => db.Campaigns.AsNoTracking()
            .Where(c => c.State == CampaignState.Disbursed || c.State == CampaignState.Repaying).Select(c => c.Id).ToListAsync(cancellationToken), cancellationToken);
        var report = ClockReport.Empty;
        foreach (var campaignId in repaying)
        {
            report = report.Add(await FlagLateAsync(campaignId, cancellationToken));
        }

        return report;
    }

    private async Task<ClockReport> CloseAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var (report, requests, refunds) = await writes.RunAsync(async db =>
        {
            var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
            var now = time.GetUtcNow();
            if (campaign.State != CampaignState.Published || campaign.ClosesAt > now) return (ClockReport.Empty, new List<PaymentRequest>(), new List<PaymentRequest>());

            var active = await db.Pledges.Where(p => p.CampaignId == campaignId && (p.Status == PledgeStatus.Pending || p.Status == PledgeStatus.Collected))
                .ToListAsync(cancellationToken);
            var pledged = active.Sum(p => p.AmountCents);
            var reached = pledged >= campaign.GoalCents
                || (campaign.FundingMode == FundingMode.KeepWhatIsRaised && pledged >= Settings.MinGoalCents);
            if (!reached)
            {
                campaign.TransitionTo(CampaignState.Failed, CampaignActors.Clock, LendingMessages.ReasonGoalMissedAtEnd, now);
                var refunds = await PledgeSettlement.ReturnAllAsync(db, campaign, now, LendingMessages.ReasonGoalMissed, OutgoingMessageKind.CampaignFailed, cancellationToken);
                await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.CampaignFailed, campaign.CarrierUserId, campaignId, $"failed:{campaignId:N}", now), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                LogClosed(campaignId, CampaignState.Failed);
                return (ClockReport.Empty with { Failed = 1 }, new List<PaymentRequest>(), refunds);
            }

            campaign.TransitionTo(CampaignState.Funded, CampaignActors.Clock, LendingMessages.ReasonGoalReachedAtEnd, now);
            campaign.CollectionDeadline = now.AddDays(Settings.CollectionWindowDays);
            var requests = new List<PaymentRequest>();
            foreach (var pledge in active.Where(p => p.Status == PledgeStatus.Pending))
            {
                pledge.LastReminderAt = now;
                requests.Add(new PaymentRequest("collect:" + pledge.Id.ToString("N"), campaignId, pledge.Id, pledge.LenderUserId, pledge.AmountCents));
                await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.PaymentRequested, pledge.LenderUserId, campaignId,
                    $"pay:{pledge.Id:N}", now, pledge.Id, pledge.AmountCents), cancellationToken);
            }

            await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.CampaignFunded, campaign.CarrierUserId, campaignId, $"funded:{campaignId:N}", now), cancellationToken);
            if (requests.Count == 0)
            {
                await MessageOutbox.AddAsync(db, MessageOutbox.ToModerators(OutgoingMessageKind.ReadyToDisburse, campaignId, $"ready:{campaignId:N}", now), cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            LogClosed(campaignId, CampaignState.Funded);
            return (ClockReport.Empty with { Funded = 1 }, requests, new List<PaymentRequest>());
        }, cancellationToken);

        foreach (var request in requests) await payments.RequestCollectionAsync(request, cancellationToken);
        foreach (var refund in refunds) await payments.RefundAsync(refund, cancellationToken);
        return report;
    }

    private async Task<ClockReport> CollectAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var (report, refunds) = await writes.RunAsync(async db =>
        {
            var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
            var now = time.GetUtcNow();
            if (campaign.State != CampaignState.Funded || campaign.CollectionDeadline is not { } deadline) return (ClockReport.Empty, new List<PaymentRequest>());
            var pending = await db.Pledges.Where(p => p.CampaignId == campaignId && p.Status == PledgeStatus.Pending).ToListAsync(cancellationToken);
            if (now < deadline)
            {
                var reminders = 0;
                foreach (var pledge in pending.Where(p => p.LastReminderAt is null || now >= p.LastReminderAt.Value.AddDays(Settings.ReminderIntervalDays)))
                {
                    pledge.LastReminderAt = now;
                    pledge.RemindersSent++;
                    reminders++;
                    await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.PaymentReminder, pledge.LenderUserId, campaignId,
                        $"remind:{pledge.Id:N}:{pledge.RemindersSent}", now, pledge.Id, pledge.AmountCents), cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
                return (ClockReport.Empty with { RemindersQueued = reminders }, new List<PaymentRequest>());
            }

            foreach (var pledge in pending)
            {
                await PledgeSettlement.ReturnAsync(db, campaign, pledge, now, LendingMessages.ReasonPaymentNotReceived, cancellationToken);
                await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.PledgeCancelledUnpaid, pledge.LenderUserId, campaignId,
                    $"unpaid:{pledge.Id:N}", now, pledge.Id, pledge.AmountCents), cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            var collected = await db.Pledges.Where(p => p.CampaignId == campaignId && p.Status == PledgeStatus.Collected).SumAsync(p => (long?)p.AmountCents, cancellationToken) ?? 0;
            var enough = collected >= campaign.GoalCents
                || (campaign.FundingMode == FundingMode.KeepWhatIsRaised && collected >= Settings.MinGoalCents);
            campaign.CollectionDeadline = null;
            if (enough)
            {
                await MessageOutbox.AddAsync(db, MessageOutbox.ToModerators(OutgoingMessageKind.ReadyToDisburse, campaignId, $"ready:{campaignId:N}", now), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                return (ClockReport.Empty with { PledgesCancelledUnpaid = pending.Count }, new List<PaymentRequest>());
            }

            campaign.TransitionTo(CampaignState.Failed, CampaignActors.Clock, LendingMessages.ReasonReceivedBelowGoal, now);
            var refunds = await PledgeSettlement.ReturnAllAsync(db, campaign, now, LendingMessages.ReasonGoalMissedAfterPaymentDelay, OutgoingMessageKind.CampaignFailed, cancellationToken);
            await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.CampaignFailed, campaign.CarrierUserId, campaignId, $"failed:{campaignId:N}", now), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            LogClosed(campaignId, CampaignState.Failed);
            return (ClockReport.Empty with { PledgesCancelledUnpaid = pending.Count, FailedAfterCollection = 1 }, refunds);
        }, cancellationToken);

        foreach (var refund in refunds) await payments.RefundAsync(refund, cancellationToken);
        return report;
    }

    private Task<ClockReport> FlagLateAsync(Guid campaignId, CancellationToken cancellationToken) =>
        writes.RunAsync(async db =>
        {
            var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
            var now = time.GetUtcNow();
            var today = ParisCalendar.DayOf(now);
            var instalments = await db.Instalments.Where(i => i.CampaignId == campaignId).ToListAsync(cancellationToken);
            var late = instalments.Where(i => i.StatusOn(today, Settings.LateAfterDays) == InstalmentStatus.Late).OrderBy(i => i.Number).ToList();
            var flagged = 0;
            foreach (var instalment in late.Where(i => i.LateSince is null))
            {
                instalment.LateSince = today;
                flagged++;
                await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.InstalmentLate, campaign.CarrierUserId, campaignId,
                    $"late:{campaignId:N}:{instalment.Number}", now, amount: instalment.OutstandingCents, instalment: instalment.Number), cancellationToken);
                await MessageOutbox.AddAsync(db, MessageOutbox.ToModerators(OutgoingMessageKind.InstalmentLate, campaignId,
                    $"late-moderators:{campaignId:N}:{instalment.Number}", now, instalment.Number), cancellationToken);
            }

            var opened = 0;
            if (late.Count >= Settings.MissedInstalmentsBeforeDefault && campaign.DefaultProcedureOpenedAt is null)
            {
                campaign.DefaultProcedureOpenedAt = now;
                opened = 1;
                var key = $"default:{campaignId:N}:{late[^1].Number}";
                await MessageOutbox.AddAsync(db, MessageOutbox.ToModerators(OutgoingMessageKind.DefaultProcedureOpened, campaignId, key, now, late[^1].Number), cancellationToken);
                await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.DefaultProcedureOpened, campaign.CarrierUserId, campaignId, key + ":carrier", now), cancellationToken);
                db.CampaignStateChanges.Add(new CampaignStateChange
                {
                    CampaignId = campaignId, From = campaign.State, To = campaign.State, ActorId = CampaignActors.Clock, At = now,
                    Reason = LendingMessageFormat.Format(LendingMessages.ReasonDefaultOpened, late.Count),
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            return ClockReport.Empty with { InstalmentsFlaggedLate = flagged, DefaultProceduresOpened = opened };
        }, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Campaign {CampaignId} closed at its end date: {State}")]
    private partial void LogClosed(Guid campaignId, CampaignState state);
}

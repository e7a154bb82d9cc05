using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Payments.Operations;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Resources;
using Plateforme.Lending.Store;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Repayments;

/// <summary>A funded campaign's loan: disbursement with its schedule, and the moderator's decisions in a default procedure.</summary>
public sealed class LoanService(LendingWrites writes, TimeProvider time, IPaymentProvider payments)
{
    /// <summary>
    /// A moderator pays the collected money to the carrier (every pledge paid or cancelled, the goal still met).
    /// The ledger moves first; the repayment schedule starts one month plus the grace period after today.
    /// </summary>
    public async Task<Disbursement> DisburseAsync(Guid campaignId, string moderatorId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(moderatorId);
        var key = "disbursement:" + campaignId.ToString("N");
        var (campaign, principal, donations, schedule) = await writes.RunAsync(async db =>
        {
            var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
            CampaignLoading.EnsureCan(campaign, CampaignState.Disbursed);
            if (campaign.State != CampaignState.Funded) throw LendingValidationException.For(CampaignLoading.StateField, LendingMessages.DisburseFundedOnly);
            var pledges = await db.Pledges.Where(p => p.CampaignId == campaignId).ToListAsync(cancellationToken);
            if (pledges.Any(p => p.Status == PledgeStatus.Pending))
            {
                throw LendingValidationException.For(CampaignLoading.StateField, LendingMessages.DisbursePendingPayments);
            }

            var collected = pledges.Where(p => p.Status == PledgeStatus.Collected).ToList();
            var principal = collected.Where(p => p.Kind == PledgeKind.Loan).Sum(p => p.AmountCents);
            var donations = collected.Where(p => p.Kind == PledgeKind.Donation).Sum(p => p.AmountCents);
            if (campaign.FundingMode == FundingMode.AllOrNothing && principal + donations < campaign.GoalCents)
            {
                throw LendingValidationException.For(CampaignLoading.StateField, LendingMessages.DisburseBelowGoal);
            }

            var now = time.GetUtcNow();
            var today = ParisCalendar.DayOf(now);
            var lines = new List<LedgerLine>
            {
                new(LedgerAccounts.Campaign(campaignId), principal + donations, campaignId),
                new(LedgerAccounts.Cash, -(principal + donations), campaignId),
                new(LedgerAccounts.Loan(campaignId), principal, campaignId),
                new(LedgerAccounts.Claim(campaignId), -principal, campaignId),
            };
            await LedgerWriter.PostAsync(db, new LedgerPosting(key, LedgerCode.Disbursement, campaignId, lines), now, cancellationToken);

            campaign.PrincipalCents = principal;
            campaign.DisbursedOn = today;
            var schedule = principal > 0 ? RepaymentSchedule.Build(principal, campaign.TermMonths, campaign.GraceMonths, today) : [];
            db.Instalments.AddRange(schedule.Select(s => new Instalment { CampaignId = campaignId, Number = s.Number, DueDate = s.DueDate, AmountCents = s.AmountCents }));
            campaign.TransitionTo(CampaignState.Disbursed, moderatorId, LendingMessages.ReasonDisbursed, now);
            if (principal == 0) campaign.TransitionTo(CampaignState.Repaid, moderatorId, LendingMessages.ReasonDonationsOnly, now);
            await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.Disbursed, campaign.CarrierUserId, campaignId,
                $"disbursed:{campaignId:N}", now, amount: principal + donations), cancellationToken);
            foreach (var loan in collected.Where(p => p.Kind == PledgeKind.Loan))
            {
                await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.Disbursed, loan.LenderUserId, campaignId,
                    $"disbursed:{campaignId:N}:{loan.Id:N}", now, loan.Id, loan.AmountCents), cancellationToken);
            }

            if (payments.PayOutFromOutbox)
            {
                await PayoutOutbox.AddAsync(db, new PaymentRequest(key, campaignId, null, campaign.CarrierUserId, principal + donations), now, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            Plateforme.Data.Faults.FaultPoints.Reach("lending.disbursement.before-commit");
            return (campaign, principal, donations, schedule);
        }, cancellationToken);
        Plateforme.Data.Faults.FaultPoints.Reach("lending.disbursement.after-commit");

        var payout = await payments.PayOutAsync(new PaymentRequest(key, campaignId, null, campaign.CarrierUserId, principal + donations), cancellationToken);
        return new Disbursement(principal, donations, schedule, payout);
    }

    /// <summary>
    /// In a default procedure, a moderator spreads the remaining principal over a new schedule starting the month
    /// after <paramref name="firstDueDate"/>'s month; the unpaid instalments are replaced and the procedure closes.
    /// </summary>
    public Task<IReadOnlyList<ScheduledInstalment>> RescheduleAsync(
        Guid campaignId, string moderatorId, int termMonths, DateOnly firstDueDate, string reason, CancellationToken cancellationToken = default) =>
        writes.RunAsync<IReadOnlyList<ScheduledInstalment>>(async db =>
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(moderatorId);
            ArgumentException.ThrowIfNullOrWhiteSpace(reason);
            var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
            EnsureInDefaultProcedure(campaign);
            if (termMonths is < 1 or > 120) throw LendingValidationException.For("TermMonths", LendingMessages.RescheduleTermOutOfRange);
            var now = time.GetUtcNow();
            if (firstDueDate <= ParisCalendar.DayOf(now)) throw LendingValidationException.For("FirstDueDate", LendingMessages.RescheduleFirstDueNotFuture);

            var instalments = await db.Instalments.Where(i => i.CampaignId == campaignId).ToListAsync(cancellationToken);
            var open = instalments.Where(i => i.PaidCents < i.AmountCents).ToList();
            var remaining = open.Sum(i => i.AmountCents - i.PaidCents);
            foreach (var instalment in open)
            {
                // A partly paid instalment is closed at what was paid; an untouched one disappears.
                if (instalment.PaidCents > 0) instalment.AmountCents = instalment.PaidCents;
                else db.Instalments.Remove(instalment);
            }

            var nextNumber = instalments.Max(i => i.Number) + 1;
            var term = (int)Math.Min(termMonths, remaining);
            var schedule = RepaymentSchedule.Build(remaining, term, 0, firstDueDate.AddMonths(-1), nextNumber);
            db.Instalments.AddRange(schedule.Select(s => new Instalment { CampaignId = campaignId, Number = s.Number, DueDate = s.DueDate, AmountCents = s.AmountCents }));
            campaign.DefaultProcedureOpenedAt = null;
            db.CampaignStateChanges.Add(new CampaignStateChange
            {
                CampaignId = campaignId, From = campaign.State, To = campaign.State, ActorId = moderatorId, At = now,
                Reason = LendingMessageFormat.Format(LendingMessages.ReasonRescheduled, term, reason),
            });
            await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.LoanRescheduled, campaign.CarrierUserId, campaignId,
                $"rescheduled:{campaignId:N}:{nextNumber}", now, amount: remaining), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return schedule;
        }, cancellationToken);

    /// <summary>A moderator declares the default: the remaining principal is written off; lenders bear the loss.</summary>
    public Task<Campaign> DeclareDefaultAsync(Guid campaignId, string moderatorId, string reason, CancellationToken cancellationToken = default) =>
        writes.RunAsync(async db =>
        {
            var campaign = await CampaignLoading.LockAsync(db, campaignId, cancellationToken);
            EnsureInDefaultProcedure(campaign);
            CampaignLoading.EnsureCan(campaign, CampaignState.Defaulted);
            var now = time.GetUtcNow();
            var outstanding = await LedgerBalances.SumAsync(db, LedgerAccounts.Loan(campaignId), cancellationToken);
            if (outstanding > 0)
            {
                await LedgerWriter.PostAsync(db, new LedgerPosting("writeoff:" + campaignId.ToString("N"), LedgerCode.WriteOff, campaignId,
                [
                    new LedgerLine(LedgerAccounts.Claim(campaignId), outstanding, campaignId),
                    new LedgerLine(LedgerAccounts.Loan(campaignId), -outstanding, campaignId),
                ]), now, cancellationToken);
            }

            campaign.TransitionTo(CampaignState.Defaulted, moderatorId, reason, now);
            var lenders = await db.Pledges.Where(p => p.CampaignId == campaignId && p.Kind == PledgeKind.Loan && p.Status == PledgeStatus.Collected)
                .Select(p => p.LenderUserId).Distinct().ToListAsync(cancellationToken);
            foreach (var lender in lenders.Append(campaign.CarrierUserId))
            {
                await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.LoanDefaulted, lender, campaignId,
                    $"defaulted:{campaignId:N}:{lender}", now, amount: outstanding), cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return campaign;
        }, cancellationToken);

    private static void EnsureInDefaultProcedure(Campaign campaign)
    {
        if (campaign.DefaultProcedureOpenedAt is null || campaign.State is not (CampaignState.Disbursed or CampaignState.Repaying))
        {
            throw LendingValidationException.For(CampaignLoading.StateField, LendingMessages.NoDefaultProcedure);
        }
    }
}

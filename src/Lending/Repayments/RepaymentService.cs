using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Money;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Resources;
using Plateforme.Lending.Store;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Repayments;

/// <summary>
/// Repayments received from carriers: applied to the schedule in order (oldest open instalment first, whatever
/// their due dates: partial, early, late or several months at once), then shared among the lenders pro rata on
/// cumulative amounts (<see cref="ProRata.AllocateCumulative"/>), every cent credited to a balance.
/// </summary>
public sealed class RepaymentService(LendingWrites writes, TimeProvider time, IOptions<LendingOptions> options)
{
    private const int MaxClientKeyLength = 150;

    public Task<RepaymentResult> RecordAsync(RepaymentReceipt receipt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentException.ThrowIfNullOrWhiteSpace(receipt.IdempotencyKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(receipt.RecordedBy);
        if (receipt.IdempotencyKey.Length > MaxClientKeyLength) throw new ArgumentException("Idempotency keys are at most 150 characters.", nameof(receipt));
        if (receipt.AmountCents <= 0) throw LendingValidationException.For(nameof(receipt.AmountCents), LendingMessages.AmountMustBePositive);

        return writes.RunAsync(async db =>
        {
            var campaign = await CampaignLoading.LockAsync(db, receipt.CampaignId, cancellationToken);
            var previous = await db.Repayments.AsNoTracking().FirstOrDefaultAsync(r => r.IdempotencyKey == receipt.IdempotencyKey, cancellationToken);
            if (previous is not null) return await ReplayAsync(db, previous, receipt, cancellationToken);
            if (campaign.State is not (CampaignState.Disbursed or CampaignState.Repaying))
            {
                throw LendingValidationException.For(CampaignLoading.StateField, LendingMessages.RepaymentNotExpected);
            }

            var instalments = await db.Instalments.Where(i => i.CampaignId == campaign.Id).ToListAsync(cancellationToken);
            instalments.Sort((a, b) => a.Number.CompareTo(b.Number));
            var outstanding = instalments.Sum(i => i.OutstandingCents);
            if (receipt.AmountCents > outstanding)
            {
                throw LendingValidationException.For(nameof(receipt.AmountCents), LendingMessageFormat.Format(LendingMessages.RepaymentAboveOutstanding, Cents.Format(outstanding)));
            }

            var now = time.GetUtcNow();
            var applied = Apply(instalments, receipt.AmountCents, receipt.ReceivedOn);
            var repayment = new Repayment
            {
                Id = Guid.CreateVersion7(now),
                CampaignId = campaign.Id,
                AmountCents = receipt.AmountCents,
                ReceivedOn = receipt.ReceivedOn,
                RecordedAt = now,
                RecordedBy = receipt.RecordedBy,
                IdempotencyKey = receipt.IdempotencyKey,
                Reference = receipt.Reference,
                AppliedTo = string.Join(';', applied.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Number}:{a.AmountCents}"))),
            };
            db.Repayments.Add(repayment);

            await LedgerWriter.PostAsync(db, new LedgerPosting("repayment:" + receipt.IdempotencyKey, LedgerCode.Repayment, campaign.Id,
            [
                new LedgerLine(LedgerAccounts.Cash, receipt.AmountCents, campaign.Id),
                new LedgerLine(LedgerAccounts.Loan(campaign.Id), -receipt.AmountCents, campaign.Id),
            ]), now, cancellationToken);
            var allocations = await AllocateAsync(db, campaign.Id, receipt, now, cancellationToken);
            await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.RepaymentReceived, campaign.CarrierUserId, campaign.Id,
                $"repaid:{repayment.Id:N}", now, amount: receipt.AmountCents), cancellationToken);
            foreach (var share in allocations)
            {
                await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.RepaymentReceived, share.LenderUserId, campaign.Id,
                    $"repaid:{repayment.Id:N}:{share.PledgeId:N}", now, share.PledgeId, share.AmountCents), cancellationToken);
            }

            if (campaign.State == CampaignState.Disbursed && outstanding > receipt.AmountCents)
            {
                campaign.TransitionTo(CampaignState.Repaying, receipt.RecordedBy, LendingMessages.ReasonFirstRepayment, now);
            }

            if (outstanding == receipt.AmountCents)
            {
                campaign.TransitionTo(CampaignState.Repaid, receipt.RecordedBy, LendingMessages.ReasonRepaid, now);
                campaign.DefaultProcedureOpenedAt = null;
            }

            await db.SaveChangesAsync(cancellationToken);
            Plateforme.Data.Faults.FaultPoints.Reach("lending.repayment.before-commit");
            return new RepaymentResult(repayment, applied, allocations, Replayed: false);
        }, cancellationToken);
    }

    /// <summary>The schedule with each instalment's status today.</summary>
    public Task<List<InstalmentView>> GetScheduleAsync(Guid campaignId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db =>
        {
            var today = ParisCalendar.Today(time);
            var instalments = await db.Instalments.AsNoTracking().Where(i => i.CampaignId == campaignId).ToListAsync(cancellationToken);
            return instalments.OrderBy(i => i.Number)
                .Select(i => new InstalmentView(i.Number, i.DueDate, i.AmountCents, i.PaidCents, i.PaidOn, i.StatusOn(today, options.Value.LateAfterDays)))
                .ToList();
        }, cancellationToken);

    /// <summary>Applies an amount to the open instalments in order; returns what each received.</summary>
    internal static List<InstalmentPayment> Apply(List<Instalment> instalments, long amount, DateOnly receivedOn)
    {
        var applied = new List<InstalmentPayment>();
        foreach (var instalment in instalments)
        {
            if (amount == 0) break;
            var part = Math.Min(amount, instalment.OutstandingCents);
            if (part <= 0) continue;
            instalment.PaidCents += part;
            if (instalment.OutstandingCents == 0) instalment.PaidOn = receivedOn;
            amount -= part;
            applied.Add(new InstalmentPayment(instalment.Number, part));
        }

        return applied;
    }

    private static async Task<List<LenderAllocation>> AllocateAsync(LendingDbContext db, Guid campaignId, RepaymentReceipt receipt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lenders = await LendersAsync(db, campaignId, cancellationToken);
        var already = await LedgerBalances.AllocatedByPledgeAsync(db, campaignId, cancellationToken);
        var allocated = lenders.Select(p => already.GetValueOrDefault(p.Id)).ToList();
        var before = allocated.Sum();
        var after = ProRata.AllocateCumulative(lenders.Select(p => p.AmountCents).ToList(), allocated, before, before + receipt.AmountCents);

        var result = new List<LenderAllocation>();
        var lines = new List<LedgerLine> { new(LedgerAccounts.Claim(campaignId), receipt.AmountCents, campaignId) };
        for (var i = 0; i < lenders.Count; i++)
        {
            var part = after[i] - allocated[i];
            if (part == 0) continue;
            var lender = lenders[i];
            result.Add(new LenderAllocation(lender.Id, lender.LenderUserId, part));
            lines.Add(new LedgerLine(LedgerAccounts.Lender(lender.LenderUserId), -part, campaignId, lender.Id, lender.LenderUserId));
        }

        await LedgerWriter.PostAsync(db, new LedgerPosting("allocation:" + receipt.IdempotencyKey, LedgerCode.Allocation, campaignId, lines), now, cancellationToken);
        return result;
    }

    /// <summary>The campaign's loans, earliest pledge first (which breaks ties in the allocation).</summary>
    internal static async Task<List<Pledge>> LendersAsync(LendingDbContext db, Guid campaignId, CancellationToken cancellationToken)
    {
        var lenders = await db.Pledges.AsNoTracking()
            .Where(p => p.CampaignId == campaignId && p.Kind == PledgeKind.Loan && p.Status == PledgeStatus.Collected)
            .ToListAsync(cancellationToken);
        return lenders.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToList();
    }

    private static async Task<RepaymentResult> ReplayAsync(LendingDbContext db, Repayment previous, RepaymentReceipt receipt, CancellationToken cancellationToken)
    {
        if (previous.CampaignId != receipt.CampaignId || previous.AmountCents != receipt.AmountCents || previous.ReceivedOn != receipt.ReceivedOn)
        {
            throw new IdempotencyConflictException($"The key \"{receipt.IdempotencyKey}\" was already used for another repayment.");
        }

        var applied = previous.AppliedTo.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split(':'))
            .Select(part => new InstalmentPayment(int.Parse(part[0], CultureInfo.InvariantCulture), long.Parse(part[1], CultureInfo.InvariantCulture)))
            .ToList();
        var key = "allocation:" + receipt.IdempotencyKey;
        var entries = await db.LedgerEntries.AsNoTracking()
            .Join(db.LedgerTransactions.Where(t => t.IdempotencyKey == key), e => e.TransactionId, t => t.Id, (e, t) => e)
            .Where(e => e.PledgeId != null)
            .ToListAsync(cancellationToken);
        var allocations = entries.OrderBy(e => e.Id).Select(e => new LenderAllocation(e.PledgeId!.Value, e.UserId!, -e.AmountCents)).ToList();
        return new RepaymentResult(previous, applied, allocations, Replayed: true);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Statistics;

/// <summary>Computes the public statistics page's figures: sums of ledger transactions and the schedule's history.</summary>
public sealed class LendingStatisticsService(LendingWrites writes, TimeProvider time, IOptions<LendingOptions> options)
{
    /// <summary>How many months, ending with the current one, the monthly rates cover.</summary>
    public const int MonthsShown = 12;

    private static readonly CampaignState[] Funded =
        [CampaignState.Funded, CampaignState.Disbursed, CampaignState.Repaying, CampaignState.Repaid, CampaignState.Defaulted];

    public Task<LendingStatistics> GetAsync(CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db =>
        {
            // Loan accounts: debited at disbursement (lent), credited by repayments and write-offs.
            var loanMoves = await db.LedgerEntries.AsNoTracking()
                .Where(e => e.Account.StartsWith(LedgerAccounts.LoanPrefix))
                .Join(db.LedgerTransactions, e => e.TransactionId, t => t.Id, (e, t) => new { t.Code, e.AmountCents })
                .GroupBy(m => m.Code)
                .Select(g => new { Code = g.Key, Sum = g.Sum(m => m.AmountCents) })
                .ToListAsync(cancellationToken);
            long Sum(LedgerCode code) => loanMoves.Where(m => m.Code == code).Sum(m => m.Sum);

            var disbursements = await db.LedgerEntries.AsNoTracking()
                .Where(e => e.Account == LedgerAccounts.Cash)
                .Join(db.LedgerTransactions.Where(t => t.Code == LedgerCode.Disbursement), e => e.TransactionId, t => t.Id, (e, t) => e.AmountCents)
                .SumAsync(a => (long?)a, cancellationToken) ?? 0;
            var lent = Sum(LedgerCode.Disbursement);

            var funded = await db.Campaigns.AsNoTracking().Where(c => Funded.Contains(c.State)).Select(c => c.Id).ToListAsync(cancellationToken);
            var lenders = await db.Pledges.AsNoTracking()
                .Where(p => funded.Contains(p.CampaignId) && p.Kind == PledgeKind.Loan && p.Status == PledgeStatus.Collected)
                .Select(p => p.LenderUserId).Distinct().CountAsync(cancellationToken);

            return new LendingStatistics(
                lent,
                -Sum(LedgerCode.Repayment),
                -Sum(LedgerCode.WriteOff),
                -disbursements - lent,
                funded.Count,
                lenders,
                await MonthsAsync(db, cancellationToken));
        }, cancellationToken);

    private async Task<List<MonthlyDefaultRate>> MonthsAsync(LendingDbContext db, CancellationToken cancellationToken)
    {
        var today = ParisCalendar.Today(time);
        var lateAfter = options.Value.LateAfterDays;
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - MonthsShown);
        var instalments = await db.Instalments.AsNoTracking()
            .Where(i => i.DueDate >= first && i.DueDate <= today)
            .Select(i => new { i.DueDate, i.AmountCents, i.PaidCents, i.PaidOn })
            .ToListAsync(cancellationToken);
        var months = new List<MonthlyDefaultRate>(MonthsShown);
        for (var month = first; month <= today; month = month.AddMonths(1))
        {
            var due = instalments.Where(i => i.DueDate.Year == month.Year && i.DueDate.Month == month.Month).ToList();
            // Missed: not fully paid by the day it turned late, whether paid since or not (a day not yet reached is not missed).
            var missed = due.Where(i =>
            {
                var lateOn = i.DueDate.AddDays(lateAfter + 1);
                return lateOn <= today && (i.PaidOn is null || i.PaidOn >= lateOn || i.PaidCents < i.AmountCents);
            }).Sum(i => i.AmountCents);
            months.Add(new MonthlyDefaultRate(month.Year, month.Month, due.Sum(i => i.AmountCents), missed));
        }

        return months;
    }
}

using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Portfolios;

/// <summary>Reads a lender's loans, donations, balance and withdrawals for their dashboard, from the ledger.</summary>
public sealed class LenderPortfolioService(LendingWrites writes, TimeProvider time)
{
    public Task<LenderPortfolio> GetAsync(string lenderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lenderId);
        return writes.ReadAsync(async db =>
        {
            var now = time.GetUtcNow();
            var pledges = await db.Pledges.AsNoTracking().Where(p => p.LenderUserId == lenderId).ToListAsync(cancellationToken);
            var campaignIds = pledges.Select(p => p.CampaignId).Distinct().ToList();
            var campaigns = await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
            var account = LedgerAccounts.Lender(lenderId);
            var allocations = await db.LedgerEntries.AsNoTracking()
                .Where(e => e.Account == account && e.PledgeId != null)
                .Join(db.LedgerTransactions.Where(t => t.Code == LedgerCode.Allocation), e => e.TransactionId, t => t.Id, (e, t) => e)
                .GroupBy(e => e.PledgeId!.Value)
                .Select(g => new { PledgeId = g.Key, Credited = -g.Sum(e => e.AmountCents) })
                .ToDictionaryAsync(r => r.PledgeId, r => r.Credited, cancellationToken);

            var loans = new List<LoanPosition>();
            foreach (var pledge in pledges.Where(p => p.Kind == PledgeKind.Loan).OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id))
            {
                var campaign = campaigns[pledge.CampaignId];
                var received = allocations.GetValueOrDefault(pledge.Id);
                var open = pledge.Status == PledgeStatus.Collected ? pledge.AmountCents - received : 0;
                var lost = campaign.State == CampaignState.Defaulted ? open : 0;
                var next = campaign.State is CampaignState.Disbursed or CampaignState.Repaying && pledge.Status == PledgeStatus.Collected
                    ? (await CampaignProjection.RemainingForAsync(db, campaign.Id, pledge.Id, cancellationToken)).FirstOrDefault()
                    : null;
                loans.Add(new LoanPosition(pledge, campaign, received, open - lost, lost, next, CanWithdraw(pledge, campaign, now)));
            }

            var donations = pledges.Where(p => p.Kind == PledgeKind.Donation).OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
                .Select(p => new DonationPosition(p, campaigns[p.CampaignId], CanWithdraw(p, campaigns[p.CampaignId], now)))
                .ToList();
            var withdrawals = await db.WithdrawalRequests.AsNoTracking().Where(w => w.LenderUserId == lenderId).ToListAsync(cancellationToken);
            var balance = await LedgerBalances.LenderAsync(db, lenderId, cancellationToken);
            return new LenderPortfolio(
                loans,
                donations,
                withdrawals.OrderByDescending(w => w.RequestedAt).ToList(),
                balance,
                allocations.Values.Sum(),
                loans.Sum(l => l.OutstandingCents),
                loans.Sum(l => l.LostCents));
        }, cancellationToken);
    }

    /// <summary>A pledge may be taken back while its campaign collects, until the end of its end date.</summary>
    public static bool CanWithdraw(Pledge pledge, Campaign campaign, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        ArgumentNullException.ThrowIfNull(campaign);
        return pledge.IsActive && campaign.State == CampaignState.Published && campaign.ClosesAt is { } closes && now < closes;
    }
}

using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Ledger;

/// <summary>Balances are sums of entries, never stored.</summary>
internal static class LedgerBalances
{
    /// <summary>Debits − credits of an account (positive for an asset with money in it).</summary>
    public static async Task<long> SumAsync(LendingDbContext db, string account, CancellationToken cancellationToken) =>
        await db.LedgerEntries.Where(e => e.Account == account).SumAsync(e => (long?)e.AmountCents, cancellationToken) ?? 0;

    /// <summary>What a lender can re-lend or withdraw: credits − debits of their account.</summary>
    public static async Task<long> LenderAsync(LendingDbContext db, string userId, CancellationToken cancellationToken) =>
        -await SumAsync(db, LedgerAccounts.Lender(userId), cancellationToken);

    /// <summary>Per pledge, what a campaign's lenders have received so far from repayments.</summary>
    public static async Task<Dictionary<Guid, long>> AllocatedByPledgeAsync(LendingDbContext db, Guid campaignId, CancellationToken cancellationToken)
    {
        var rows = await db.LedgerEntries
            .Where(e => e.CampaignId == campaignId && e.PledgeId != null && e.Account.StartsWith(LedgerAccounts.LenderPrefix))
            .Join(db.LedgerTransactions.Where(t => t.Code == LedgerCode.Allocation), e => e.TransactionId, t => t.Id, (e, t) => e)
            .GroupBy(e => e.PledgeId!.Value)
            .Select(g => new { PledgeId = g.Key, Credited = -g.Sum(e => e.AmountCents) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.PledgeId, r => r.Credited);
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Ledger;

/// <summary>
/// Checks the written-down invariants against the whole ledger (tests, and later an admin health endpoint): every
/// transaction balances and the ledger sums to zero; each campaign's pledged total is the sum of its active pledges; per campaign, repaid ≤ lent and the lenders' shares sum to the
/// principal, and what they received sums to what was repaid; no lender balance is below zero.
/// </summary>
public sealed class LedgerInvariantChecker(LendingWrites writes)
{
    public Task<LedgerHealthReport> CheckAsync(CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db =>
        {
            var violations = new List<string>();
            var entries = await db.LedgerEntries.AsNoTracking().ToListAsync(cancellationToken);
            var transactions = await db.LedgerTransactions.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);

            var total = entries.Sum(e => e.AmountCents);
            if (total != 0) violations.Add(Text($"The ledger sums to {total} cents, not zero."));
            foreach (var unbalanced in entries.GroupBy(e => e.TransactionId).Where(g => g.Sum(e => e.AmountCents) != 0))
            {
                violations.Add(Text($"Transaction {unbalanced.Key} does not balance ({unbalanced.Sum(e => e.AmountCents)} cents)."));
            }

            foreach (var lender in entries.Where(e => e.Account.StartsWith(LedgerAccounts.LenderPrefix, StringComparison.Ordinal)).GroupBy(e => e.Account, StringComparer.Ordinal))
            {
                var balance = -lender.Sum(e => e.AmountCents);
                if (balance < 0) violations.Add(Text($"{lender.Key} has a negative balance ({balance} cents)."));
            }

            var active = await db.Pledges.AsNoTracking()
                .Where(p => p.Status == PledgeStatus.Pending || p.Status == PledgeStatus.Collected)
                .GroupBy(p => p.CampaignId).Select(g => new { CampaignId = g.Key, Sum = g.Sum(p => p.AmountCents) })
                .ToDictionaryAsync(g => g.CampaignId, g => g.Sum, cancellationToken);
            foreach (var counted in await db.Campaigns.AsNoTracking().Select(c => new { c.Id, c.PledgedCents }).ToListAsync(cancellationToken))
            {
                var sum = active.GetValueOrDefault(counted.Id);
                if (sum != counted.PledgedCents) violations.Add(Text($"Campaign {counted.Id}: pledged total {counted.PledgedCents} cents, its active pledges sum to {sum}."));
            }

            var campaigns = await db.Campaigns.AsNoTracking().Where(c => c.DisbursedOn != null).ToListAsync(cancellationToken);
            var loans = await db.Pledges.AsNoTracking()
                .Where(p => p.Kind == PledgeKind.Loan && p.Status == PledgeStatus.Collected)
                .Select(p => new { p.CampaignId, p.AmountCents }).ToListAsync(cancellationToken);
            foreach (var campaign in campaigns)
            {
                CheckCampaign(campaign, entries, transactions, loans.Where(l => l.CampaignId == campaign.Id).Sum(l => l.AmountCents), violations);
            }

            return new LedgerHealthReport(violations, transactions.Count, entries.Count);
        }, cancellationToken);

    private static void CheckCampaign(Campaign campaign, List<LedgerEntry> entries, Dictionary<Guid, LedgerTransaction> transactions, long shares, List<string> violations)
    {
        var loan = LedgerAccounts.Loan(campaign.Id);
        long Sum(LedgerCode code, Func<LedgerEntry, bool> filter) => entries
            .Where(e => e.CampaignId == campaign.Id && transactions[e.TransactionId].Code == code && filter(e)).Sum(e => e.AmountCents);
        var lent = Sum(LedgerCode.Disbursement, e => e.Account == loan);
        var repaid = -Sum(LedgerCode.Repayment, e => e.Account == loan);
        var allocated = -Sum(LedgerCode.Allocation, e => e.Account.StartsWith(LedgerAccounts.LenderPrefix, StringComparison.Ordinal));

        if (repaid > lent) violations.Add(Text($"Campaign {campaign.Id}: repaid {repaid} cents, more than the {lent} lent."));
        if (lent != campaign.PrincipalCents) violations.Add(Text($"Campaign {campaign.Id}: {lent} cents lent, principal is {campaign.PrincipalCents}."));
        if (shares != campaign.PrincipalCents) violations.Add(Text($"Campaign {campaign.Id}: lenders' shares sum to {shares} cents, principal is {campaign.PrincipalCents}."));
        if (allocated != repaid) violations.Add(Text($"Campaign {campaign.Id}: {allocated} cents allocated to lenders for {repaid} repaid."));
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Resources;
using Plateforme.Lending.Store;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Campaigns;

/// <summary>A campaign with its totals (cents): pledged counts pending and collected pledges.</summary>
public sealed record CampaignSummary(
    Campaign Campaign, long PledgedCents, long PledgedLoansCents, long CollectedCents, long RemainingCents, int Lenders, int Donors)
{
    internal static async Task<CampaignSummary> LoadAsync(LendingDbContext db, Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken)
            ?? throw new LendingNotFoundException(LendingMessages.CampaignNotFound);
        var active = await db.Pledges.AsNoTracking()
            .Where(p => p.CampaignId == campaignId && (p.Status == PledgeStatus.Pending || p.Status == PledgeStatus.Collected))
            .Select(p => new { p.Kind, p.Status, p.AmountCents, p.LenderUserId })
            .ToListAsync(cancellationToken);
        var pledged = active.Sum(p => p.AmountCents);
        return new CampaignSummary(
            campaign,
            pledged,
            active.Where(p => p.Kind == PledgeKind.Loan).Sum(p => p.AmountCents),
            active.Where(p => p.Status == PledgeStatus.Collected).Sum(p => p.AmountCents),
            Math.Max(0, campaign.GoalCents - pledged),
            active.Where(p => p.Kind == PledgeKind.Loan).Select(p => p.LenderUserId).Distinct(StringComparer.Ordinal).Count(),
            active.Where(p => p.Kind == PledgeKind.Donation).Select(p => p.LenderUserId).Distinct(StringComparer.Ordinal).Count());
    }
}

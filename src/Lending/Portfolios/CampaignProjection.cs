using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Portfolios;

/// <summary>Loads a campaign's lenders and instalments and projects one lender's parts with <see cref="LenderProjection"/>.</summary>
internal static class CampaignProjection
{
    /// <summary>The lender's part of each instalment still open, after what the ledger already allocated.</summary>
    public static async Task<IReadOnlyList<ProjectedPayment>> RemainingForAsync(LendingDbContext db, Guid campaignId, Guid pledgeId, CancellationToken cancellationToken)
    {
        var lenders = await RepaymentService.LendersAsync(db, campaignId, cancellationToken);
        var index = lenders.FindIndex(p => p.Id == pledgeId);
        if (index < 0) return [];
        var already = await LedgerBalances.AllocatedByPledgeAsync(db, campaignId, cancellationToken);
        var instalments = await db.Instalments.AsNoTracking().Where(i => i.CampaignId == campaignId).ToListAsync(cancellationToken);
        return LenderProjection.Project(
            lenders.Select(p => p.AmountCents).ToList(),
            lenders.Select(p => already.GetValueOrDefault(p.Id)).ToList(),
            index,
            instalments.OrderBy(i => i.Number).Select(i => (i.Number, i.DueDate, i.OutstandingCents)));
    }

    /// <summary>
    /// The lender's whole schedule from the first instalment. Once disbursed it follows the campaign's instalments;
    /// before, it is provisional: the loans pledged so far, as if paid out on the end date.
    /// </summary>
    public static async Task<(IReadOnlyList<ProjectedPayment> Schedule, bool Provisional)> WholeScheduleForAsync(
        LendingDbContext db, Campaign campaign, Guid pledgeId, CancellationToken cancellationToken)
    {
        var instalments = await db.Instalments.AsNoTracking().Where(i => i.CampaignId == campaign.Id).ToListAsync(cancellationToken);
        if (instalments.Count > 0)
        {
            var lenders = await RepaymentService.LendersAsync(db, campaign.Id, cancellationToken);
            var index = lenders.FindIndex(p => p.Id == pledgeId);
            if (index < 0) return ([], false);
            var schedule = instalments.OrderBy(i => i.Number).Select(i => new ScheduledInstalment(i.Number, i.DueDate, i.AmountCents));
            return (LenderProjection.FromStart(lenders.Select(p => p.AmountCents).ToList(), index, schedule), false);
        }

        var active = await db.Pledges.AsNoTracking()
            .Where(p => p.CampaignId == campaign.Id && p.Kind == PledgeKind.Loan && (p.Status == PledgeStatus.Pending || p.Status == PledgeStatus.Collected))
            .ToListAsync(cancellationToken);
        var ordered = active.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToList();
        var position = ordered.FindIndex(p => p.Id == pledgeId);
        if (position < 0) return ([], true);
        var principals = ordered.Select(p => p.AmountCents).ToList();
        var provisional = RepaymentSchedule.Build(principals.Sum(), campaign.TermMonths, campaign.GraceMonths, campaign.EndDate);
        return (LenderProjection.FromStart(principals, position, provisional), true);
    }
}

using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;

namespace Plateforme.Web.Moderation.Lending;

/// <summary>The figures of the moderators' lending board, read from the lending services (cents only).</summary>
public sealed class ModerationBoard(CampaignService campaigns, PledgeService pledges, RepaymentService repayments)
{
    /// <summary>Published campaigns (payments may arrive early) and funded ones in their collection window.</summary>
    public async Task<List<CollectionRow>> CollectingAsync(CancellationToken cancellationToken = default)
    {
        var rows = new List<CollectionRow>();
        foreach (var state in new[] { CampaignState.Funded, CampaignState.Published })
        {
            foreach (var campaign in await campaigns.ListByStateAsync(state, cancellationToken))
            {
                rows.Add(await CollectionAsync(campaign, cancellationToken));
            }
        }

        return rows;
    }

    public async Task<CollectionRow> CollectionAsync(Campaign campaign, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var all = await pledges.ListForCampaignAsync(campaign.Id, cancellationToken);
        var pending = all.Where(p => p.Status == PledgeStatus.Pending).ToList();
        return new CollectionRow(
            campaign,
            all.Where(p => p.IsActive).Sum(p => p.AmountCents),
            all.Where(p => p.Status == PledgeStatus.Collected).Sum(p => p.AmountCents),
            pending.Count,
            pending.Sum(p => p.AmountCents));
    }

    /// <summary>Loans paid out and not finished, the ones with late instalments first.</summary>
    public async Task<List<LoanRow>> LoansAsync(CancellationToken cancellationToken = default)
    {
        var rows = new List<LoanRow>();
        foreach (var state in new[] { CampaignState.Disbursed, CampaignState.Repaying })
        {
            foreach (var campaign in await campaigns.ListByStateAsync(state, cancellationToken))
            {
                rows.Add(Loan(campaign, await repayments.GetScheduleAsync(campaign.Id, cancellationToken)));
            }
        }

        return rows.OrderByDescending(r => r.InDefaultProcedure).ThenByDescending(r => r.LateCount).ThenBy(r => r.NextDue).ToList();
    }

    public static LoanRow Loan(Campaign campaign, IReadOnlyList<InstalmentView> schedule)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(schedule);
        var open = schedule.Where(i => i.Status != InstalmentStatus.Paid).ToList();
        return new LoanRow(
            campaign,
            schedule.Sum(i => i.PaidCents),
            schedule.Sum(i => i.AmountCents - i.PaidCents),
            schedule.Count(i => i.Status == InstalmentStatus.Late),
            open.Count == 0 ? null : open.Min(i => i.DueDate));
    }
}

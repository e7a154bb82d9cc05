using Plateforme.Lending.Accompaniments;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Pledges;
using Plateforme.Lending.Repayments;

namespace Plateforme.Web.Structures.Dashboard;

/// <summary>Reads a structure's accompanied campaigns and their figures from the lending services.</summary>
public sealed class StructureFigureReader(AccompanimentService accompaniments, PledgeService pledges, RepaymentService repayments)
{
    private static readonly CampaignState[] LoanStates = [CampaignState.Disbursed, CampaignState.Repaying, CampaignState.Repaid, CampaignState.Defaulted];

    public Task<List<(Accompaniment Accompaniment, Campaign Campaign)>> CampaignsAsync(Guid structureId, CancellationToken cancellationToken = default) =>
        accompaniments.OfStructureAsync(structureId, cancellationToken);

    public async Task<StructureFigures> FiguresAsync(IReadOnlyList<(Accompaniment Accompaniment, Campaign Campaign)> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        long collected = 0, due = 0, late = 0;
        var lateCount = 0;
        foreach (var (_, campaign) in rows)
        {
            if (campaign.State is CampaignState.Published or CampaignState.Funded || LoanStates.Contains(campaign.State))
            {
                collected += (await pledges.ListForCampaignAsync(campaign.Id, cancellationToken)).Where(p => p.IsActive).Sum(p => p.AmountCents);
            }

            if (LoanStates.Contains(campaign.State))
            {
                var schedule = await repayments.GetScheduleAsync(campaign.Id, cancellationToken);
                due += schedule.Sum(i => i.AmountCents - i.PaidCents);
                var lateOnes = schedule.Where(i => i.Status == InstalmentStatus.Late).ToList();
                lateCount += lateOnes.Count;
                late += lateOnes.Sum(i => i.AmountCents - i.PaidCents);
            }
        }

        return new StructureFigures(
            rows.GroupBy(r => r.Campaign.State).ToDictionary(g => g.Key, g => g.Count()),
            collected,
            rows.Sum(r => r.Accompaniment.LeveragedCents),
            due,
            lateCount,
            late,
            rows.Count(r => LoanStates.Contains(r.Campaign.State)),
            rows.Count(r => r.Campaign.State == CampaignState.Defaulted));
    }
}

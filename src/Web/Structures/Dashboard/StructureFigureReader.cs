using Plateforme.Lending.Accompaniments;
using Plateforme.Lending.Calendar;
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
        var lent = new Dictionary<DateOnly, long>();
        var repaid = new Dictionary<DateOnly, long>();
        foreach (var (_, campaign) in rows)
        {
            if (campaign.State is CampaignState.Published or CampaignState.Funded || LoanStates.Contains(campaign.State))
            {
                var active = (await pledges.ListForCampaignAsync(campaign.Id, cancellationToken)).Where(p => p.IsActive).ToList();
                collected += active.Sum(p => p.AmountCents);
                foreach (var pledge in active) Add(lent, MonthOf(ParisCalendar.DayOf(pledge.CreatedAt)), pledge.AmountCents);
            }

            if (LoanStates.Contains(campaign.State))
            {
                var schedule = await repayments.GetScheduleAsync(campaign.Id, cancellationToken);
                due += schedule.Sum(i => i.AmountCents - i.PaidCents);
                var lateOnes = schedule.Where(i => i.Status == InstalmentStatus.Late).ToList();
                lateCount += lateOnes.Count;
                late += lateOnes.Sum(i => i.AmountCents - i.PaidCents);
                foreach (var paid in schedule.Where(i => i is { PaidOn: not null, PaidCents: > 0 })) Add(repaid, MonthOf(paid.PaidOn!.Value), paid.PaidCents);
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
            rows.Count(r => r.Campaign.State == CampaignState.Defaulted))
        {
            Months = Months(lent, repaid),
        };
    }

    /// <summary>Every month from the first with activity to the last (empty months included), the last twelve at most.</summary>
    private static List<MonthFigure> Months(Dictionary<DateOnly, long> lent, Dictionary<DateOnly, long> repaid)
    {
        var active = lent.Keys.Concat(repaid.Keys).ToList();
        if (active.Count == 0) return [];
        var last = active.Max();
        var first = active.Min();
        if (first < last.AddMonths(-11)) first = last.AddMonths(-11);
        var months = new List<MonthFigure>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            months.Add(new MonthFigure(month, lent.GetValueOrDefault(month), repaid.GetValueOrDefault(month)));
        }

        return months;
    }

    private static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    private static void Add(Dictionary<DateOnly, long> totals, DateOnly month, long cents) => totals[month] = totals.GetValueOrDefault(month) + cents;
}

using Plateforme.Lending.Calendar;
using Plateforme.Lending.Campaigns;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Shared.Lending;

/// <summary>
/// What the lending pages show about a campaign's progress, computed from the service's cents only
/// (integer arithmetic, so the bar and the figures never disagree).
/// </summary>
public sealed record CampaignFigures(long GoalCents, long RaisedCents, long RemainingCents, int Percent, int? DaysLeft)
{
    /// <summary>The campaign's state: a draft or a submission has not started, it has not ended.</summary>
    public CampaignState State { get; init; } = CampaignState.Published;

    public static CampaignFigures From(CampaignSummary summary, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var goal = summary.Campaign.GoalCents;
        var percent = goal <= 0 ? 0 : (int)Math.Min(100, summary.PledgedCents * 100 / goal);
        int? daysLeft = summary.Campaign.State == CampaignState.Published
            ? Math.Max(0, summary.Campaign.EndDate.DayNumber - ParisCalendar.Today(time).DayNumber)
            : null;
        return new(goal, summary.PledgedCents, summary.RemainingCents, percent, daysLeft) { State = summary.Campaign.State };
    }

    /// <summary>"12 jours restants", "Dernier jour", "Pas encore en ligne" or "Terminée".</summary>
    public string DaysLeftText => DaysLeft switch
    {
        null when State is CampaignState.Draft or CampaignState.Submitted => LendingPageText.NotYetOnline,
        null when State is CampaignState.Rejected => CampaignStates.Label(State),
        null => LendingText.Closed,
        0 => LendingText.LastDay,
        _ => $"{LendingText.DaysLeft} : {DaysLeft}",
    };

    public static string Term(int months) => string.Format(FrenchFormat.Culture, LendingText.TermMonths, months);
}

using Plateforme.Search.Indexing;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Shared.Display;

/// <summary>
/// What a deadline badge says and how urgent it looks: red at 7 days or less, amber at 14 or less,
/// neutral further away, grey once closed. The text always carries the meaning, the colour only repeats it.
/// </summary>
public sealed record DeadlineInfo(DeadlineUrgency Urgency, string Text, string? Description)
{
    public const int UrgentDays = 7;
    public const int SoonDays = CallStatusRules.ClosingSoonDays;

    public static DeadlineInfo For(DateOnly today, DateOnly? opensOn, DateOnly? deadline, TimeOnly? deadlineTime = null)
    {
        if (deadline is not { } end)
        {
            return opensOn is { } start && start > today
                ? new DeadlineInfo(DeadlineUrgency.Upcoming, string.Format(FrenchFormat.Culture, UiText.OpensOn, FrenchFormat.Date(start)), null)
                : new DeadlineInfo(DeadlineUrgency.None, UiText.NoDeadline, null);
        }

        var when = FrenchFormat.Deadline(end, deadlineTime);
        var days = end.DayNumber - today.DayNumber;
        if (days < 0)
        {
            return new DeadlineInfo(DeadlineUrgency.Closed, UiText.DeadlineClosed, string.Format(FrenchFormat.Culture, UiText.ClosedOn, when));
        }
        if (opensOn is { } opens && opens > today)
        {
            return new DeadlineInfo(DeadlineUrgency.Upcoming, string.Format(FrenchFormat.Culture, UiText.OpensOn, FrenchFormat.Date(opens)),
                string.Format(FrenchFormat.Culture, UiText.DeadlineOn, when));
        }
        var urgency = days <= UrgentDays ? DeadlineUrgency.Urgent : days <= SoonDays ? DeadlineUrgency.Soon : DeadlineUrgency.Later;
        var text = days == 0 ? UiText.DeadlineToday : string.Format(FrenchFormat.Culture, UiText.DaysLeftShort, days);
        var description = days == 0
            ? string.Format(FrenchFormat.Culture, UiText.DeadlineOn, when)
            : string.Format(FrenchFormat.Culture, days == 1 ? UiText.DaysLeftOne : UiText.DaysLeftMany, days, when);
        return new DeadlineInfo(urgency, text, description);
    }

    /// <summary>The CSS modifier: deadline-badge--urgent, --soon, --later, --closed, --upcoming, --none.</summary>
    public string CssModifier => Urgency switch
    {
        DeadlineUrgency.Urgent => "urgent",
        DeadlineUrgency.Soon => "soon",
        DeadlineUrgency.Later => "later",
        DeadlineUrgency.Closed => "closed",
        DeadlineUrgency.Upcoming => "upcoming",
        _ => "none",
    };
}

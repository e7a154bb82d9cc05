using System.Globalization;
using Plateforme.Search.Indexing;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Calls.Calendar;

/// <summary>
/// "Ajouter à mon agenda": one event on a call's deadline (all day, or the hour before a stated time) with
/// reminders a week and a day before, so a small association does not discover the deadline the day after.
/// </summary>
public static class DeadlineCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static IReadOnlyList<TimeSpan> Reminders { get; } = [TimeSpan.FromDays(7), TimeSpan.FromDays(1)];

    /// <summary>Null when the call has no deadline: there is nothing to put in a calendar.</summary>
    public static string? Build(CallDocument call, Uri pageUrl, DateTimeOffset now)
    {
        if (call.Deadline is not { } deadline) return null;

        var ics = new IcsWriter()
            .CalendarStart()
            .DeadlineEventStart(call.Id, deadline, call.DeadlineTime, now);

        var summary = string.Format(FrenchFormat.Culture, UiText.IcsSummary, call.Title);
        var funders = string.Join(", ", call.Funders.Select(f => f.Label));
        var description = string.Join('\n',
            string.Format(FrenchFormat.Culture, UiText.IcsDescriptionDeadline, FrenchFormat.Deadline(deadline, call.DeadlineTime)),
            string.Format(FrenchFormat.Culture, UiText.IcsDescriptionFunders, funders),
            string.Format(FrenchFormat.Culture, UiText.IcsDescriptionLink, pageUrl.AbsoluteUri));
        ics.Text("SUMMARY", summary)
            .Text("DESCRIPTION", description)
            .Line("URL", pageUrl.AbsoluteUri)
            .Line("TRANSP", "TRANSPARENT")
            .Line("STATUS", "CONFIRMED");

        foreach (var before in Reminders)
        {
            ics.Line("BEGIN", "VALARM")
                .Line("ACTION", "DISPLAY")
                .Line("TRIGGER", string.Create(CultureInfo.InvariantCulture, $"-P{before.Days}D"))
                .Text("DESCRIPTION", string.Format(FrenchFormat.Culture, before.Days == 1 ? UiText.IcsReminderOne : UiText.IcsReminderMany, before.Days, call.Title))
                .Line("END", "VALARM");
        }

        return ics.Line("END", "VEVENT").Line("END", "VCALENDAR").ToString();
    }
}

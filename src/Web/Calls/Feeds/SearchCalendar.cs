using System.Globalization;
using Plateforme.Search.Indexing;
using Plateforme.Web.Calls.Calendar;
using Plateforme.Web.Calls.Catalogue;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Calls.Feeds;

/// <summary>
/// The deadlines of a search as one calendar to subscribe to: one event per call with a deadline, the same UID as
/// the call's own « Ajouter à mon agenda » file, so a calendar holding both shows the deadline once.
/// </summary>
public static class SearchCalendar
{
    public static string Build(FeedRequest request, IEnumerable<CallDocument> calls, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(calls);
        var name = string.Format(CultureInfo.CurrentCulture, AlertText.CalendarName, request.Description);
        var ics = new IcsWriter()
            .CalendarStart()
            .Text("X-WR-CALNAME", name)
            .Line("X-WR-TIMEZONE", "Europe/Paris")
            .Line("REFRESH-INTERVAL;VALUE=DURATION", "PT12H");

        foreach (var call in calls)
        {
            if (call.Deadline is not { } deadline) continue;
            var page = request.CallPage(call.Slug);
            ics.DeadlineEventStart(call.Id, deadline, call.DeadlineTime, now);
            var description = string.Join('\n',
                string.Format(CultureInfo.CurrentCulture, AlertText.CalendarDescriptionFunders, string.Join(", ", call.Funders.Select(f => f.Label))),
                string.Format(CultureInfo.CurrentCulture, AlertText.CalendarDescriptionLink, page.AbsoluteUri));
            ics.Text("SUMMARY", string.Format(CultureInfo.CurrentCulture, AlertText.CalendarEvent, call.Title))
                .Text("DESCRIPTION", description)
                .Line("URL", page.AbsoluteUri)
                .Line("TRANSP", "TRANSPARENT")
                .Line("STATUS", "CONFIRMED")
                .Line("END", "VEVENT");
        }
        return ics.Line("END", "VCALENDAR").ToString();
    }
}

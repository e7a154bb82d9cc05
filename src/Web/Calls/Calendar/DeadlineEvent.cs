using System.Globalization;
using Plateforme.Search.Indexing;

namespace Plateforme.Web.Calls.Calendar;

/// <summary>
/// What a call's deadline event is wherever it is written (the call's own file, a search's agenda): the same UID,
/// so a calendar holding both shows it once, and the same times, all day or the hour before a stated time.
/// </summary>
public static class DeadlineEvent
{
    public static IcsWriter CalendarStart(this IcsWriter ics)
    {
        ArgumentNullException.ThrowIfNull(ics);
        return ics.Line("BEGIN", "VCALENDAR")
            .Line("VERSION", "2.0")
            .Line("PRODID", "-//Plateforme//Appels a projets//FR")
            .Line("CALSCALE", "GREGORIAN")
            .Line("METHOD", "PUBLISH");
    }

    /// <summary>Opens the VEVENT with its UID, stamp and times; the caller adds its texts and closes it.</summary>
    public static IcsWriter DeadlineEventStart(this IcsWriter ics, Guid callId, DateOnly deadline, TimeOnly? time, DateTimeOffset now) =>
        ics.DeadlineEventStart(callId.ToString("D") + "-date-limite@plateforme", deadline, time, now);

    /// <summary>The same with its own UID: a call with several windows has one event per window.</summary>
    public static IcsWriter DeadlineEventStart(this IcsWriter ics, string uid, DateOnly deadline, TimeOnly? time, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ics);
        ics.Line("BEGIN", "VEVENT")
            .Line("UID", uid)
            .Line("DTSTAMP", Utc(now));
        if (time is { } hour)
        {
            var local = deadline.ToDateTime(hour);
            var end = new DateTimeOffset(local, ParisTime.Zone.GetUtcOffset(local));
            return ics.Line("DTSTART", Utc(end.AddHours(-1))).Line("DTEND", Utc(end));
        }
        return ics.Line("DTSTART;VALUE=DATE", Day(deadline)).Line("DTEND;VALUE=DATE", Day(deadline.AddDays(1)));
    }

    private static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}

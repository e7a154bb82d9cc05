using Plateforme.Alerts.Subscriptions;
using Plateforme.Search.Indexing;

namespace Plateforme.Alerts.Digests;

/// <summary>When digests are composed (every day at the digest hour in Paris) and which alerts are due that day.</summary>
public static class DigestSchedule
{
    /// <summary>The next digest hour in Europe/Paris strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset now, int hour)
    {
        var local = TimeZoneInfo.ConvertTime(now, ParisTime.Zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        for (var i = 0; i < 3; i++)
        {
            var candidate = AtParisHour(day.AddDays(i), hour);
            if (candidate > now) return candidate;
        }
        return AtParisHour(day.AddDays(3), hour);
    }

    /// <summary>
    /// Daily alerts once a day; weekly ones on the weekly day, or on any day once a week has passed without one
    /// (a missed Monday is caught up, never skipped).
    /// </summary>
    public static bool IsDue(Alert alert, DateOnly today, DayOfWeek weeklyDay)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.State != AlertState.Active) return false;
        var last = alert.LastDigestOn ?? DateOnly.MinValue;
        if (last >= today) return false;
        return alert.Frequency == AlertFrequency.Daily
            || today.DayOfWeek == weeklyDay
            || last.DayNumber <= today.DayNumber - 7;
    }

    private static DateTimeOffset AtParisHour(DateOnly day, int hour)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, ParisTime.Zone.GetUtcOffset(local));
    }
}

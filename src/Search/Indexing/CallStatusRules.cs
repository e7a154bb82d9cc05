namespace Plateforme.Search.Indexing;

/// <summary>The one place that says how dates make a status, shared by the index, the API and the pages.</summary>
public static class CallStatusRules
{
    /// <summary>A deadline at most this many days ahead makes an open call "closing soon".</summary>
    public const int ClosingSoonDays = 14;

    public const string UpcomingSlug = "a-venir";
    public const string OpenSlug = "ouvert";
    public const string ClosingSoonSlug = "cloture-proche";
    public const string ClosedSlug = "clos";

    public static IReadOnlyList<string> AllSlugs { get; } = [UpcomingSlug, OpenSlug, ClosingSoonSlug, ClosedSlug];

    /// <summary>The most specific status: a call closing soon answers ClosingSoon (it is also open).</summary>
    public static CallStatus StatusOn(DateOnly today, DateOnly? opensOn, DateOnly? deadline)
    {
        if (deadline is { } end && end < today) return CallStatus.Closed;
        if (opensOn is { } start && start > today) return CallStatus.Upcoming;
        if (deadline is { } d && d.DayNumber - today.DayNumber <= ClosingSoonDays) return CallStatus.ClosingSoon;
        return CallStatus.Open;
    }

    public static bool IsOpen(CallStatus status) => status is CallStatus.Open or CallStatus.ClosingSoon;

    public static string ToSlug(this CallStatus status) => status switch
    {
        CallStatus.Upcoming => UpcomingSlug,
        CallStatus.ClosingSoon => ClosingSoonSlug,
        CallStatus.Closed => ClosedSlug,
        _ => OpenSlug,
    };

    public static bool TryParse(string? slug, out CallStatus status)
    {
        switch (slug)
        {
            case UpcomingSlug: status = CallStatus.Upcoming; return true;
            case OpenSlug: status = CallStatus.Open; return true;
            case ClosingSoonSlug: status = CallStatus.ClosingSoon; return true;
            case ClosedSlug: status = CallStatus.Closed; return true;
            default: status = default; return false;
        }
    }

    /// <summary>Today's date in Paris, the calendar every deadline is written in.</summary>
    public static DateOnly TodayInParis(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ParisTime.Zone).DateTime);
}

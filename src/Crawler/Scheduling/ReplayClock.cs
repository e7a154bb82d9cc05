using Plateforme.Search.Indexing;

namespace Plateforme.Crawler.Scheduling;

/// <summary>
/// The clock of a replay (<c>--today</c>): the real time moved by whole days so that it is the given day in Paris.
/// Only extraction reads it, to tell past from future dates as on the day the archived pages were fetched; runs,
/// the catalogue and politeness keep the real clock.
/// </summary>
public sealed class ReplayClock : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly TimeSpan _shift;

    public ReplayClock(DateOnly today, TimeProvider real)
    {
        ArgumentNullException.ThrowIfNull(real);
        _real = real;
        var realToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(real.GetUtcNow(), ParisTime.Zone).DateTime);
        _shift = TimeSpan.FromDays(today.DayNumber - realToday.DayNumber);
        Today = today;
    }

    public DateOnly Today { get; }

    public override DateTimeOffset GetUtcNow() => _real.GetUtcNow() + _shift;

    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;
}

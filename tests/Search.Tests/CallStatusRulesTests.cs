using Plateforme.Search.Indexing;

namespace Plateforme.Search.Tests;

public class CallStatusRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData(null, null, CallStatus.Open)]
    [InlineData(null, "2026-11-22", CallStatus.Closed)]
    [InlineData(null, "2026-11-23", CallStatus.ClosingSoon)]
    [InlineData(null, "2026-12-07", CallStatus.ClosingSoon)]
    [InlineData(null, "2026-12-08", CallStatus.Open)]
    [InlineData("2026-11-24", "2027-01-31", CallStatus.Upcoming)]
    [InlineData("2026-11-23", "2027-01-31", CallStatus.Open)]
    public void StatusOn_derives_status_from_dates(string? opens, string? deadline, CallStatus expected)
    {
        var status = CallStatusRules.StatusOn(Today, Parse(opens), Parse(deadline));

        Assert.Equal(expected, status);
    }

    [Fact]
    public void TodayInParis_uses_the_Paris_calendar_not_UTC()
    {
        // 23:30 UTC on 23 November is already 24 November in Paris (UTC+1 in winter).
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 11, 24), CallStatusRules.TodayInParis(clock));
    }

    private static DateOnly? Parse(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

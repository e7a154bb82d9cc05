using System.Globalization;
using Plateforme.Alerts.Digests;
using Plateforme.Search.Indexing;

namespace Plateforme.Alerts.Tests.Digests;

/// <summary>The digests run at 07:00 in Paris, whatever the season.</summary>
public sealed class DigestScheduleTests
{
    [Theory]
    [InlineData("2026-11-23T09:00:00Z", "2026-11-24T06:00:00Z")]
    [InlineData("2026-11-23T05:59:00Z", "2026-11-23T06:00:00Z")]
    [InlineData("2027-03-27T12:00:00Z", "2027-03-28T05:00:00Z")]
    [InlineData("2027-10-30T12:00:00Z", "2027-10-31T06:00:00Z")]
    public void The_next_run_is_at_seven_in_Paris_summer_or_winter(string now, string expected)
    {
        var next = DigestSchedule.NextRun(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture), 7);

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), next);
        Assert.Equal(7, TimeZoneInfo.ConvertTime(next, ParisTime.Zone).Hour);
    }
}

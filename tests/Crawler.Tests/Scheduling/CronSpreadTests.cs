using Plateforme.Crawler.Scheduling;
using Quartz;

namespace Plateforme.Crawler.Tests.Scheduling;

public sealed class CronSpreadTests
{
    [Fact]
    public void The_same_source_always_gets_the_same_start_within_the_window()
    {
        var first = CronSpread.Apply("0 30 5 * * ?", "region-hauts-de-france", 15);

        Assert.Equal(first, CronSpread.Apply("0 30 5 * * ?", "region-hauts-de-france", 15));
        var fields = first.Split(' ');
        var offset = ((int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture) - 30) * 60) + int.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(offset, 0, (15 * 60) - 1);
        Assert.Equal("5 * * ?", string.Join(' ', fields[2..]));
        Assert.True(Valid(first));
    }

    [Fact]
    public void Fifty_sources_on_the_same_cron_start_at_many_different_times()
    {
        var starts = Enumerable.Range(1, 50).Select(i => CronSpread.Apply("0 30 5 * * ?", $"source-{i}", 15)).ToList();

        Assert.True(starts.Distinct().Count() >= 45, $"{starts.Distinct().Count()} distinct starts");
        Assert.All(starts, cron => Assert.True(Valid(cron), cron));
    }

    [Theory]
    [InlineData("0 0/15 * * * ?")]
    [InlineData("0 30 3 ? * MON")]
    [InlineData("0 55 23 * * ?")]
    public void Only_plain_seconds_and_minutes_move(string cron)
    {
        var spread = CronSpread.Apply(cron, "departement-somme", 15);

        Assert.Equal(cron.Split(' ')[2..], spread.Split(' ')[2..]);
        Assert.True(Valid(spread), spread);
    }

    [Fact]
    public void No_window_leaves_the_cron_as_written() =>
        Assert.Equal("0 30 5 * * ?", CronSpread.Apply("0 30 5 * * ?", "ville-amiens", 0));

    private static bool Valid(string cron) => new CronExpression(cron).GetNextValidTimeAfter(DateTimeOffset.UnixEpoch) is not null;
}

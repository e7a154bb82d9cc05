using System.Net.Http.Headers;
using Plateforme.Crawler.Fetching;

namespace Plateforme.Crawler.Tests.Fetching;

public sealed class RetryDelaysTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(2);

    [Fact]
    public void Retry_after_in_seconds_is_honoured() =>
        Assert.Equal(TimeSpan.FromSeconds(7), RetryDelays.Compute(1, new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), Now, Base, 0.3));

    [Fact]
    public void Retry_after_as_an_http_date_is_honoured()
    {
        var header = RetryConditionHeaderValue.Parse("Mon, 23 Nov 2026 09:00:45 GMT");

        Assert.Equal(TimeSpan.FromSeconds(45), RetryDelays.Compute(1, header, Now, Base, 0.3));
    }

    [Fact]
    public void Retry_after_in_the_past_means_now() =>
        Assert.Equal(TimeSpan.Zero, RetryDelays.Compute(1, RetryConditionHeaderValue.Parse("Mon, 23 Nov 2026 08:00:00 GMT"), Now, Base, 0.3));

    [Theory]
    [InlineData(1, 1.0, 2.0)]
    [InlineData(2, 2.0, 4.0)]
    [InlineData(3, 4.0, 8.0)]
    public void Back_off_doubles_with_jitter_between_half_and_full_step(int attempt, double lowSeconds, double highSeconds)
    {
        var low = RetryDelays.Compute(attempt, retryAfter: null, Now, Base, random: 0.0);
        var high = RetryDelays.Compute(attempt, retryAfter: null, Now, Base, random: 0.999999);

        Assert.Equal(TimeSpan.FromSeconds(lowSeconds), low);
        Assert.InRange(high.TotalSeconds, highSeconds - 0.001, highSeconds);
    }
}

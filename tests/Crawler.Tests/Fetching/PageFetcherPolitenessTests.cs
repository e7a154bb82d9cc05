using Plateforme.Crawler.Fetching;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Plateforme.Crawler.Tests.Fetching;

public sealed class PageFetcherPolitenessTests : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan ResponseTime = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan StubTimerAllowance = TimeSpan.FromMilliseconds(10);

    private readonly StubSite _first = StubSite.Start();
    private readonly StubSite _second = StubSite.Start();

    public PageFetcherPolitenessTests()
    {
        foreach (var site in new[] { _first, _second })
        {
            site.Server.Given(Request.Create().WithPath("/robots.txt")).RespondWith(Response.Create().WithStatusCode(404));
            site.Server.Given(Request.Create().WithPath("/page/*")).RespondWith(Response.Create().WithStatusCode(200).WithBody("ok").WithDelay(ResponseTime));
        }
    }

    [Fact]
    public async Task One_host_is_served_one_request_at_a_time_while_two_hosts_proceed_in_parallel()
    {
        using var fetcher = TestFetchers.Create(options => options.DefaultDelay = Delay);
        var requests = Enumerable.Range(1, 4).SelectMany(i => new[] { _first.Url($"/page/{i}"), _second.Url($"/page/{i}") });

        var results = await Task.WhenAll(requests.Select(url => fetcher.FetchAsync(new FetchRequest(url, "src-1"), CancellationToken.None)));

        Assert.All(results, result => Assert.Equal(FetchOutcome.Fetched, result.Outcome));

        // A host's next request starts only after the previous one ended (100 ms) plus the delay (250 ms):
        // gaps below that would mean two requests in flight or a delay cut short. The stub's own 100 ms
        // timer may fire a few milliseconds early, hence the small allowance.
        var expectedGap = ResponseTime + Delay - StubTimerAllowance;
        PageFetcherRobotsTests.AssertGapsAtLeast(_first.ArrivalsOf(), expectedGap);
        PageFetcherRobotsTests.AssertGapsAtLeast(_second.ArrivalsOf(), expectedGap);

        // The hosts did not wait for each other: merged, their arrivals come closer than one host allows,
        // which a global queue would never do.
        var merged = _first.ArrivalsOf().Concat(_second.ArrivalsOf()).Order().ToList();
        var closest = merged.Zip(merged.Skip(1), (earlier, later) => later - earlier).Min();
        Assert.True(closest < ResponseTime + Delay, $"closest requests to the two hosts were {closest.TotalMilliseconds} ms apart");
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }
}

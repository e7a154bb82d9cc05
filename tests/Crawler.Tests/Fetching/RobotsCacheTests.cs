using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Plateforme.Crawler.Fetching;
using Plateforme.Crawler.Fetching.Network;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Plateforme.Crawler.Tests.Fetching;

public sealed class RobotsCacheTests : IDisposable
{
    private readonly StubSite _site = StubSite.Start();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public RobotsCacheTests()
    {
        _site.Server.Given(Request.Create().WithPath("/robots.txt")).RespondWith(Response.Create().WithStatusCode(200).WithBody("User-agent: *\nDisallow: /x"));
        _site.Server.Given(Request.Create().WithPath("/page")).RespondWith(Response.Create().WithStatusCode(200).WithBody("ok"));
    }

    [Fact]
    public async Task Robots_txt_is_read_once_per_host_and_again_after_a_day()
    {
        using var fetcher = CreateFetcher();

        await FetchPageAsync(fetcher);
        _time.Advance(TimeSpan.FromHours(23));
        await FetchPageAsync(fetcher);
        Assert.Equal(1, _site.CountOf("/robots.txt"));

        _time.Advance(TimeSpan.FromHours(1));
        await FetchPageAsync(fetcher);
        Assert.Equal(2, _site.CountOf("/robots.txt"));
    }

    [Fact]
    public async Task Concurrent_first_requests_share_one_robots_txt_download()
    {
        using var fetcher = CreateFetcher();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => FetchPageAsync(fetcher)));

        Assert.Equal(1, _site.CountOf("/robots.txt"));
    }

    public void Dispose() => _site.Dispose();

    private PageFetcher CreateFetcher()
    {
        // No delay between requests: the fake clock then never has to be moved for the gate.
        var options = TestFetchers.FastOptions();
        options.DefaultDelay = TimeSpan.Zero;
        return new PageFetcher(options, new InMemoryValidatorStore(), _time, NullLogger.Instance, new AddressPolicy(options.AllowLoopback));
    }

    private async Task FetchPageAsync(PageFetcher fetcher)
    {
        var result = await fetcher.FetchAsync(new FetchRequest(_site.Url("/page"), "src-1"), CancellationToken.None);
        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal(_time.GetUtcNow(), result.FetchedAt);
    }
}

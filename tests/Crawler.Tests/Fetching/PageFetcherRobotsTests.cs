using Plateforme.Crawler.Fetching;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Plateforme.Crawler.Tests.Fetching;

public sealed class PageFetcherRobotsTests : IDisposable
{
    private readonly StubSite _site = StubSite.Start();

    public PageFetcherRobotsTests()
    {
        _site.Server.Given(Request.Create().WithPath("/aides*").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html; charset=utf-8").WithBody("<p>Appel à projets</p>"));
    }

    [Fact]
    public async Task A_path_robots_txt_disallows_is_never_requested()
    {
        Robots(200, "User-agent: PlateformeBot\nDisallow: /aides/privees\n");
        using var fetcher = TestFetchers.Create();

        var refused = await fetcher.FetchAsync(new FetchRequest(_site.Url("/aides/privees/1"), "src-1"), CancellationToken.None);
        var allowed = await fetcher.FetchAsync(new FetchRequest(_site.Url("/aides/publiques"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.DisallowedByRobots, refused.Outcome);
        Assert.Contains("robots.txt", refused.Error, StringComparison.Ordinal);
        Assert.Equal(FetchOutcome.Fetched, allowed.Outcome);
        Assert.Equal(0, _site.CountOf("/aides/privees/1"));
        Assert.Equal(1, _site.CountOf("/robots.txt")); // read once, then cached
    }

    [Fact]
    public async Task A_missing_robots_txt_allows_everything()
    {
        Robots(404, "Not found");
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(_site.Url("/aides"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal("<p>Appel à projets</p>", result.Text);
    }

    [Fact]
    public async Task A_failing_robots_txt_disallows_everything()
    {
        Robots(500, "Internal error");
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(_site.Url("/aides"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.DisallowedByRobots, result.Outcome);
        Assert.Contains("500", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, _site.CountOf("/aides"));
    }

    [Fact]
    public async Task An_unreachable_host_is_disallowed_by_robots()
    {
        var closedPort = _site.Server.Port;
        _site.Server.Stop();
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(new Uri($"http://127.0.0.1:{closedPort}/aides"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.DisallowedByRobots, result.Outcome);
        Assert.Contains("injoignable", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crawl_delay_spaces_the_requests_more_than_the_default()
    {
        Robots(200, "User-agent: *\nCrawl-delay: 0.4\n");
        using var fetcher = TestFetchers.Create();

        await Task.WhenAll(Enumerable.Range(1, 3).Select(i =>
            fetcher.FetchAsync(new FetchRequest(_site.Url($"/aides/{i}"), "src-1"), CancellationToken.None)));

        AssertGapsAtLeast(_site.ArrivalsOf(), TimeSpan.FromMilliseconds(400));
    }

    [Fact]
    public async Task Crawl_delay_is_capped()
    {
        Robots(200, "User-agent: *\nCrawl-delay: 3600\n");
        using var fetcher = TestFetchers.Create(options => options.MaxCrawlDelay = TimeSpan.FromMilliseconds(300));

        await Task.WhenAll(Enumerable.Range(1, 2).Select(i =>
            fetcher.FetchAsync(new FetchRequest(_site.Url($"/aides/{i}"), "src-1"), CancellationToken.None)));

        var arrivals = _site.ArrivalsOf();
        Assert.InRange(arrivals[1] - arrivals[0], TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task The_source_can_ask_for_a_longer_delay()
    {
        Robots(404, string.Empty);
        using var fetcher = TestFetchers.Create();

        await Task.WhenAll(Enumerable.Range(1, 3).Select(i =>
            fetcher.FetchAsync(new FetchRequest(_site.Url($"/aides/{i}"), "src-1") { MinimumDelay = TimeSpan.FromMilliseconds(300) }, CancellationToken.None)));

        AssertGapsAtLeast(_site.ArrivalsOf(), TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task Every_request_names_the_platform_and_a_contact()
    {
        Robots(404, string.Empty);
        using var fetcher = TestFetchers.Create(options => options.ContactUrl = "https://plateforme.example/robot");

        await fetcher.FetchAsync(new FetchRequest(_site.Url("/aides"), "src-1"), CancellationToken.None);

        Assert.Equal("PlateformeBot/1.0 (+https://plateforme.example/robot)", _site.HeaderOfLast("/aides", "User-Agent"));
        Assert.Equal("PlateformeBot/1.0 (+https://plateforme.example/robot)", _site.HeaderOfLast("/robots.txt", "User-Agent"));
    }

    public void Dispose() => _site.Dispose();

    internal static void AssertGapsAtLeast(IReadOnlyList<DateTime> arrivals, TimeSpan gap)
    {
        Assert.True(arrivals.Count >= 2, "too few requests to measure a gap");
        for (var i = 1; i < arrivals.Count; i++)
        {
            Assert.True(arrivals[i] - arrivals[i - 1] >= gap, $"gap {(arrivals[i] - arrivals[i - 1]).TotalMilliseconds} ms < {gap.TotalMilliseconds} ms");
        }
    }

    private void Robots(int status, string body) =>
        _site.Server.Given(Request.Create().WithPath("/robots.txt").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "text/plain").WithBody(body));
}

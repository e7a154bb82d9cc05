using Plateforme.Crawler.Fetching;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Plateforme.Crawler.Tests.Fetching;

public sealed class PageFetcherRetryTests : IDisposable
{
    private readonly StubSite _site = StubSite.Start();

    public PageFetcherRetryTests() =>
        _site.Server.Given(Request.Create().WithPath("/robots.txt")).RespondWith(Response.Create().WithStatusCode(404));

    [Fact]
    public async Task Too_many_requests_is_retried_after_the_retry_after_delay()
    {
        FirstThenOk(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(_site.Url("/page"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal("ok", result.Text);
        var arrivals = _site.ArrivalsOf("/page");
        Assert.Equal(2, arrivals.Count);
        Assert.True(arrivals[1] - arrivals[0] >= TimeSpan.FromSeconds(1), $"retried after {(arrivals[1] - arrivals[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Service_unavailable_is_retried_with_back_off()
    {
        FirstThenOk(Response.Create().WithStatusCode(503));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(_site.Url("/page"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal(2, _site.CountOf("/page"));
    }

    [Fact]
    public async Task A_timeout_is_retried()
    {
        // WireMock moves the scenario on only once the slow answer is sent (600 ms): the back-off (750 ms
        // at least) lets it get there before the second attempt.
        FirstThenOk(Response.Create().WithStatusCode(200).WithBody("too late").WithDelay(TimeSpan.FromMilliseconds(600)));
        _site.Server.Given(Request.Create().WithPath("/warm")).RespondWith(Response.Create().WithStatusCode(200));
        using var fetcher = TestFetchers.Create(options =>
        {
            options.RequestTimeout = TimeSpan.FromMilliseconds(300);
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(1500);
        });
        await fetcher.FetchAsync(new FetchRequest(_site.Url("/warm"), "src-1"), CancellationToken.None); // robots.txt read and cached

        var result = await fetcher.FetchAsync(new FetchRequest(_site.Url("/page"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal("ok", result.Text);
        Assert.Equal(2, _site.CountOf("/page"));
    }

    [Fact]
    public async Task Attempts_are_capped_and_the_failure_is_explained()
    {
        _site.Server.Given(Request.Create().WithPath("/page")).RespondWith(Response.Create().WithStatusCode(503));
        using var fetcher = TestFetchers.Create(options => options.MaxAttempts = 3);

        var result = await fetcher.FetchAsync(new FetchRequest(_site.Url("/page"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal(503, result.StatusCode);
        Assert.Contains("3 essais", result.Error, StringComparison.Ordinal);
        Assert.Equal(3, _site.CountOf("/page"));
    }

    [Fact]
    public async Task A_retry_after_longer_than_allowed_gives_up_at_once()
    {
        _site.Server.Given(Request.Create().WithPath("/page")).RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "86400"));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(_site.Url("/page"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal(1, _site.CountOf("/page"));
    }

    [Fact]
    public async Task A_not_found_page_is_not_retried()
    {
        _site.Server.Given(Request.Create().WithPath("/page")).RespondWith(Response.Create().WithStatusCode(404));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(_site.Url("/page"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal(404, result.StatusCode);
        Assert.Contains("404", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, _site.CountOf("/page"));
    }

    [Fact]
    public async Task An_unchanged_page_answers_not_modified_through_its_etag()
    {
        const string ETag = "\"v1\"";
        var lastModified = new DateTimeOffset(2026, 11, 2, 8, 30, 0, TimeSpan.Zero);
        _site.Server.Given(Request.Create().WithPath("/page").WithHeader("If-None-Match", ETag)).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(304).WithHeader("ETag", ETag));
        _site.Server.Given(Request.Create().WithPath("/page")).AtPriority(2)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("ETag", ETag)
                .WithHeader("Last-Modified", lastModified.ToString("R")).WithBody("<p>v1</p>"));
        var validators = new InMemoryValidatorStore();
        using var fetcher = TestFetchers.Create(validators: validators);

        var first = await fetcher.FetchAsync(new FetchRequest(_site.Url("/page"), "src-1"), CancellationToken.None);
        var second = await fetcher.FetchAsync(new FetchRequest(_site.Url("/page"), "src-1"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Fetched, first.Outcome);
        Assert.Equal(lastModified, first.PageDate);
        Assert.Equal(new CacheValidators(ETag, lastModified), await validators.GetAsync(_site.Url("/page"), CancellationToken.None));
        Assert.Equal(FetchOutcome.NotModified, second.Outcome);
        Assert.Null(second.Text);
        Assert.Equal(304, second.StatusCode);
        Assert.Equal(ETag, _site.HeaderOfLast("/page", "If-None-Match"));
        Assert.Equal(lastModified.ToString("R"), _site.HeaderOfLast("/page", "If-Modified-Since"));
    }

    public void Dispose() => _site.Dispose();

    private void FirstThenOk(IResponseBuilder first)
    {
        _site.Server.Given(Request.Create().WithPath("/page")).InScenario("retry").WillSetStateTo("recovered").RespondWith(first);
        _site.Server.Given(Request.Create().WithPath("/page")).InScenario("retry").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/plain; charset=utf-8").WithBody("ok"));
    }
}

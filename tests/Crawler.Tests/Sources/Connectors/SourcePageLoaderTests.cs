using Microsoft.Extensions.Time.Testing;
using Plateforme.Crawler.Fetching;
using Plateforme.Crawler.Sources;

namespace Plateforme.Crawler.Tests.Sources.Connectors;

public sealed class SourcePageLoaderTests
{
    private sealed class FixedFetcher(FetchResult result) : IPageFetcher
    {
        public Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken) => Task.FromResult(result);
    }

    private static readonly Uri Page = new("https://aap.exemple.fr/liste");

    [Fact]
    public async Task An_unchanged_page_is_counted_apart_and_not_read()
    {
        var loader = new SourcePageLoader(new FixedFetcher(new FetchResult(Page, FetchOutcome.NotModified)), SourceUrlRewriter.None, TimeProvider.System);
        var diagnostics = new SourceRunDiagnostics();

        var page = await loader.LoadAsync(TestDefinitions.Html("/liste"), Page, null, diagnostics, CancellationToken.None);

        Assert.Null(page);
        Assert.Equal(1, diagnostics.PagesNotModified);
        Assert.Equal(0, diagnostics.PagesFetched);
        Assert.Empty(diagnostics.Errors);
    }

    [Fact]
    public async Task Refusals_are_explained_in_french()
    {
        var loader = new SourcePageLoader(new FixedFetcher(new FetchResult(Page, FetchOutcome.DisallowedByRobots)), SourceUrlRewriter.None, TimeProvider.System);
        var diagnostics = new SourceRunDiagnostics();

        await loader.LoadAsync(TestDefinitions.Html("/liste"), Page, null, diagnostics, CancellationToken.None);

        Assert.Equal("https://aap.exemple.fr/liste : interdit par robots.txt.", Assert.Single(diagnostics.Errors));
    }

    [Fact]
    public async Task The_page_date_is_the_server_date_in_paris_else_the_clock()
    {
        var lateEvening = new DateTimeOffset(2026, 3, 31, 22, 30, 0, TimeSpan.Zero);
        var served = new FetchResult(Page, FetchOutcome.Fetched) { Text = "\uFEFF<html></html>", PageDate = lateEvening };
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 2, 10, 0, 0, TimeSpan.Zero));
        var diagnostics = new SourceRunDiagnostics();

        var dated = await new SourcePageLoader(new FixedFetcher(served), SourceUrlRewriter.None, clock)
            .LoadAsync(TestDefinitions.Html("/liste"), Page, null, diagnostics, CancellationToken.None);
        var undated = await new SourcePageLoader(new FixedFetcher(served with { PageDate = null }), SourceUrlRewriter.None, clock)
            .LoadAsync(TestDefinitions.Html("/liste"), Page, null, diagnostics, CancellationToken.None);

        Assert.Equal(new DateOnly(2026, 4, 1), dated?.Date);
        Assert.Equal("<html></html>", dated?.Text);
        Assert.Equal(new DateOnly(2026, 5, 2), undated?.Date);
    }
}

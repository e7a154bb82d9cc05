using Plateforme.Crawler.Fetching;
using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Search.Indexing;

namespace Plateforme.Crawler.Sources;

/// <summary>
/// The connectors' one way to read a page: through <see cref="IPageFetcher"/> with the source's
/// politeness, URLs rewritten for fixtures, and failures written to the run's diagnostics
/// instead of thrown, so one bad page does not lose the rest of the source.
/// </summary>
public sealed class SourcePageLoader(IPageFetcher fetcher, SourceUrlRewriter rewriter, TimeProvider timeProvider)
{
    public async Task<LoadedPage?> LoadAsync(
        SourceDefinition definition, Uri publicUrl, string? accept, SourceRunDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        var request = new FetchRequest(rewriter.ToFetch(publicUrl), definition.Id)
        {
            MinimumDelay = definition.Politeness.MinimumDelay,
            Accept = accept,
        };
        var result = await fetcher.FetchAsync(request, cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case FetchOutcome.Fetched when result.Text is not null:
                var url = rewriter.ToPublic(result.FinalUrl);
                diagnostics.PageFetched(url);
                var fetchedAt = result.PageDate ?? (result.FetchedAt == default ? timeProvider.GetUtcNow() : result.FetchedAt);
                var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fetchedAt, ParisTime.Zone).DateTime);
                return new LoadedPage(url, result.Text.TrimStart('\uFEFF'), date);
            case FetchOutcome.NotModified:
                diagnostics.PageNotModified();
                return null;
            default:
                if (result.StatusCode is 404 or 410) diagnostics.PageGone(publicUrl, result.StatusCode.Value);
                diagnostics.Error($"{publicUrl} : {Describe(result.Outcome)}{(result.Error is null ? "" : $" ({result.Error})")}.");
                return null;
        }
    }

    private static string Describe(FetchOutcome outcome) => outcome switch
    {
        FetchOutcome.DisallowedByRobots => "interdit par robots.txt",
        FetchOutcome.Blocked => "adresse refusée",
        FetchOutcome.TooLarge => "page trop volumineuse",
        FetchOutcome.Fetched => "réponse vide",
        _ => "échec du téléchargement",
    };
}

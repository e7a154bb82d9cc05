using Microsoft.Extensions.Options;
using Plateforme.Crawler.Fetching;
using Plateforme.Crawler.Sources.Authentication;
using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Search.Indexing;

namespace Plateforme.Crawler.Sources;

/// <summary>
/// The connectors' one way to read a page: through <see cref="IPageFetcher"/> with the source's
/// politeness, URLs rewritten for fixtures, and failures written to the run's diagnostics
/// instead of thrown, so one bad page does not lose the rest of the source.
/// </summary>
public sealed class SourcePageLoader(
    IPageFetcher fetcher, SourceUrlRewriter rewriter, TimeProvider timeProvider, IEnumerable<ISourceAuthenticator>? authenticators = null,
    IOptions<CrawlerSourcesOptions>? options = null)
{
    private readonly ISourceAuthenticator[] _authenticators = [.. authenticators ?? []];
    private readonly DateOnly? _today = options?.Value.Today;

    public async Task<LoadedPage?> LoadAsync(
        SourceDefinition definition, Uri publicUrl, string? accept, SourceRunDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var authenticator = Array.Find(_authenticators, a => a.AppliesTo(definition));
        FetchResult result;
        try
        {
            var authorization = authenticator is null ? null : await authenticator.AuthorizationAsync(definition, null, cancellationToken).ConfigureAwait(false);
            result = await FetchAsync(definition, publicUrl, accept, authorization, cancellationToken).ConfigureAwait(false);
            if (authenticator is not null && result.StatusCode is 401)
            {
                if (authorization is null)
                {
                    diagnostics.Error($"{publicUrl} : {authenticator.MissingSecretMessage(definition)}");
                    return null;
                }

                // Bearer tokens expire: one new exchange, one new try.
                authorization = await authenticator.AuthorizationAsync(definition, authorization, cancellationToken).ConfigureAwait(false);
                result = await FetchAsync(definition, publicUrl, accept, authorization, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SourceAuthenticationException failed)
        {
            diagnostics.Error($"{publicUrl} : {failed.Message}");
            return null;
        }

        switch (result.Outcome)
        {
            case FetchOutcome.Fetched when result.Text is not null:
                var url = rewriter.ToPublic(result.FinalUrl);
                diagnostics.PageFetched(url);
                var fetchedAt = result.PageDate ?? (result.FetchedAt == default ? timeProvider.GetUtcNow() : result.FetchedAt);
                var date = _today ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fetchedAt, ParisTime.Zone).DateTime);
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

    private Task<FetchResult> FetchAsync(
        SourceDefinition definition, Uri publicUrl, string? accept, System.Net.Http.Headers.AuthenticationHeaderValue? authorization, CancellationToken cancellationToken) =>
        fetcher.FetchAsync(new FetchRequest(rewriter.ToFetch(publicUrl), definition.Id)
        {
            MinimumDelay = definition.Politeness.MinimumDelay,
            Accept = accept,
            Authorization = authorization,
        }, cancellationToken);

    private static string Describe(FetchOutcome outcome) => outcome switch
    {
        FetchOutcome.DisallowedByRobots => "interdit par robots.txt",
        FetchOutcome.Blocked => "adresse refusée",
        FetchOutcome.TooLarge => "page trop volumineuse",
        FetchOutcome.Fetched => "réponse vide",
        _ => "échec du téléchargement",
    };
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Plateforme.Accounts;
using Plateforme.Search.Indexing;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Calls.Feeds;

/// <summary>
/// Reads a feed's query string with the API's parser (a bad value is a 400 problem naming it, as on /api/calls) and
/// reads the index page by page up to a feed's cap. Paging parameters are ignored: a feed is the head of the search.
/// </summary>
public sealed class FeedSearch(CallSearchParser parser, FilterVocabulary vocabulary, ISearchIndex index, SearchDescription descriptions, IOptions<PublicSiteOptions> site)
{
    private const int PageSize = 100;
    private static readonly string[] Ignored = ["page", "pageSize"];

    public async Task<(FeedRequest? Request, ValidationProblem? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryCollection(request.Query
            .Where(p => !Ignored.Contains(p.Key, StringComparer.Ordinal))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        await vocabulary.EnsureKnownAsync(CallSearchParser.RequestedFunders(query), cancellationToken);
        var parsed = parser.Parse(query);
        if (!parsed.IsValid)
        {
            return (null, TypedResults.ValidationProblem(parsed.Errors, ApiMessages.ValidationDetail, title: ApiMessages.ValidationTitle));
        }
        var filters = SearchFilters.From(parsed.Query);
        // The configured address, never the request's Host: a feed's links are copied into readers and other sites.
        return (new FeedRequest(parsed.Query, filters, descriptions.Describe(filters), site.Value.Address), null);
    }

    /// <summary>The first <paramref name="max"/> hits of the search in the given order, and the search's total.</summary>
    public (IReadOnlyList<SearchHit> Hits, int Total) Read(SearchQuery query, SearchSort sort, int max)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hits = new List<SearchHit>();
        var total = 0;
        for (var page = 1; hits.Count < max; page++)
        {
            var result = index.Search(query with { Sort = sort, Page = page, PageSize = PageSize, IncludeFacets = false, ExactOnly = true });
            total = result.Total;
            hits.AddRange(result.Hits.Take(max - hits.Count));
            if (result.Hits.Count < PageSize || page * PageSize >= total) break;
        }
        return (hits, total);
    }

    public static StringValues NoCache => "public, max-age=300";
}

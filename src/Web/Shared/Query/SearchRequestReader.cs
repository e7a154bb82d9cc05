using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Plateforme.Web.Shared.Query;

/// <summary>
/// Reads a page address with the API's own parser, so that /recherche, /embed and /api/calls share one grammar.
/// A page never fails on a bad parameter: the bad part is dropped and reported, the rest still applies.
/// </summary>
public sealed class SearchRequestReader(CallSearchParser parser, FilterVocabulary vocabulary)
{
    public async Task<SearchRequest> ReadAsync(Uri address, CancellationToken cancellationToken = default)
    {
        var query = new QueryCollection(QueryHelpers.ParseQuery(address.Query));
        await vocabulary.EnsureKnownAsync(CallSearchParser.RequestedFunders(query), cancellationToken);
        var parsed = parser.Parse(query);
        var search = WithoutRejectedParts(parsed);
        var notices = parsed.Errors
            .SelectMany(error => error.Value.Select(message => new SearchNotice(error.Key, message)))
            .ToList();
        return new SearchRequest(search, SearchFilters.From(search), notices);
    }

    /// <summary>The parser reports reversed ranges and overlong text but keeps them: a page drops them instead.</summary>
    private static Plateforme.Search.Indexing.SearchQuery WithoutRejectedParts(CallSearchParseResult parsed)
    {
        var search = parsed.Query;
        if (search.DeadlineFrom > search.DeadlineTo) search = search with { DeadlineTo = null };
        if (search.AmountMinCents > search.AmountMaxCents) search = search with { AmountMaxCents = null };
        if (search.Text is { Length: > CallSearchParser.MaxTextLength }) search = search with { Text = null };
        return search;
    }

    public Task<SearchRequest> ReadAsync(string address, CancellationToken cancellationToken = default) =>
        ReadAsync(new Uri(address, UriKind.Absolute), cancellationToken);
}

using Plateforme.Search.Indexing;

namespace Plateforme.Web.Shared.Query;

/// <summary>The parsed search, and the problems found per parameter (empty when the request is valid).</summary>
public sealed record CallSearchParseResult(SearchQuery Query, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

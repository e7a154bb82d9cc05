using Plateforme.Search.Indexing;

namespace Plateforme.Web.Shared.Query;

/// <summary>
/// A search read from a page address: the query for the index, the cleaned state for links, and one French
/// notice per parameter that had to be ignored.
/// </summary>
public sealed record SearchRequest(SearchQuery Query, SearchFilters Filters, IReadOnlyList<SearchNotice> Notices)
{
    public bool HasNotices => Notices.Count > 0;
}

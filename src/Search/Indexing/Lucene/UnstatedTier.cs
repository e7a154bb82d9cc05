using Lucene.Net.Search;
using Plateforme.Search.Indexing.Lucene.Filtering;

namespace Plateforme.Search.Indexing.Lucene;

/// <summary>
/// About a third of real calls say nothing of whom they are for; a beneficiary or public filter alone would hide
/// them. With <see cref="SearchQuery.IncludeUnstated"/>, the list is two tiers, one after the other, each in the
/// search's own order: first the calls that match, then the calls that state no beneficiary (or no public),
/// marked « public non précisé ». Paging runs over both tiers as one list and <see cref="SearchResult.Total"/>
/// counts both; facets are those of the first tier alone, so a count always means « says it serves this ».
/// </summary>
internal static class UnstatedTier
{
    public static SearchResult Execute(SearchExecutor executor, IndexSearcher searcher, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(executor);
        return Execute(tierQuery => executor.Execute(searcher, tierQuery), query);
    }

    /// <summary>The two tiers over any backend's single search (the Elasticsearch backend uses it too).</summary>
    public static SearchResult Execute(Func<SearchQuery, SearchResult> execute, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(execute);
        ArgumentNullException.ThrowIfNull(query);
        var stated = execute(query);
        if (query.UnstatedOnly && stated.Total > 0)
        {
            return stated with { UnstatedTotal = stated.Total, Hits = [.. stated.Hits.Select(hit => hit with { PublicUnstated = true })] };
        }

        if (!query.IncludeUnstated || query.UnstatedOnly || (query.Beneficiaries.Count == 0 && query.Publics.Count == 0)) return stated;

        var pageSize = Math.Clamp(query.PageSize, 1, SearchExecutor.MaxPageSize);
        var offset = (long)(Math.Max(query.Page, 1) - 1) * pageSize;
        var room = pageSize - stated.Hits.Count;

        // Where this page starts within the second tier, and the one or two pages of it that cover the room left.
        var skip = Math.Max(0, offset - stated.Total);
        var firstPage = (int)(skip / pageSize) + 1;
        var second = query with { UnstatedOnly = true, IncludeFacets = false, Page = firstPage, PageSize = pageSize };
        var tier = execute(second);
        var tierHits = tier.Hits.AsEnumerable();
        var within = (int)(skip % pageSize);
        if (room > 0 && within > 0 && within + room > pageSize)
        {
            tierHits = tierHits.Concat(execute(second with { Page = firstPage + 1 }).Hits);
        }

        var added = room <= 0 ? [] : tierHits.Skip(within).Take(room).Select(hit => hit with { PublicUnstated = true });
        return stated with
        {
            Total = stated.Total + tier.Total,
            UnstatedTotal = tier.Total,
            Hits = [.. stated.Hits, .. added],
        };
    }
}

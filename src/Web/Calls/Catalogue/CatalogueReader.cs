using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;

namespace Plateforme.Web.Calls.Catalogue;

/// <summary>
/// Reads the detail and funder pages: the call or funder from the catalogue (through the search module's
/// <see cref="PublishedCalls"/>), the funder's calls from the index.
/// </summary>
public sealed class CatalogueReader(
    PublishedCalls catalogue,
    CallDocumentBuilder documents,
    ISearchIndex index,
    TimeProvider clock)
{
    public const int FunderPageSize = 20;

    /// <summary>A published call by slug (or by id, as the API accepts); null when there is none.</summary>
    public async Task<CallPage?> FindCallAsync(string idOrSlug, CancellationToken cancellationToken = default)
    {
        var published = await catalogue.FindAsync(idOrSlug, cancellationToken);
        if (published is null) return null;

        var call = published.Call;
        var today = CallStatusRules.TodayInParis(clock);
        // A call with several windows follows its next one even before the hourly roller wrote it down.
        CallWindows.Align(call, today);
        return new CallPage(
            call,
            documents.Build(call, published.Funders),
            published.FundersInOrder,
            CallStatusRules.StatusOn(today, call.OpensOn, call.Deadline),
            today);
    }

    public async Task<FunderPage?> FindFunderAsync(string slug, int page, CancellationToken cancellationToken = default)
    {
        var funder = await catalogue.FindFunderAsync(slug, cancellationToken);
        if (funder is null) return null;

        var today = CallStatusRules.TodayInParis(clock);
        // The deadline sort lists open calls first (soonest deadline first), then those without one, then closed ones.
        var query = new SearchQuery
        {
            Today = today,
            Funders = [slug],
            Sort = SearchSort.Deadline,
            Page = Math.Max(1, page),
            PageSize = FunderPageSize,
            IncludeFacets = false,
        };
        var open = index.Search(query with { Statuses = [CallStatus.Open], Page = 1, PageSize = 1 }).Total;
        return new FunderPage(funder, index.Search(query), open, query);
    }
}

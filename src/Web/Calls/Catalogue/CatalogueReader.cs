using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;

namespace Plateforme.Web.Calls.Catalogue;

/// <summary>
/// Reads the detail and funder pages. One short-lived DbContext per read: a Blazor circuit lives for minutes
/// and may run two reads at once, which a single context would not allow.
/// </summary>
public sealed class CatalogueReader(
    IDbContextFactory<CatalogueDbContext> databases,
    CallDocumentBuilder documents,
    ISearchIndex index,
    TimeProvider clock)
{
    public const int FunderPageSize = 20;

    /// <summary>A published call by slug (or by id, as the API accepts); null when there is none.</summary>
    public async Task<CallPage?> FindCallAsync(string idOrSlug, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var calls = db.FundingCalls.AsNoTracking().Include(c => c.Sources).Where(c => c.State == ModerationState.Published);
        var call = Guid.TryParse(idOrSlug, out var id)
            ? await calls.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            : await calls.FirstOrDefaultAsync(c => c.Slug == idOrSlug, cancellationToken);
        if (call is null) return null;

        var funders = await db.Funders.AsNoTracking()
            .Where(f => call.Funders.Contains(f.Slug))
            .ToDictionaryAsync(f => f.Slug, StringComparer.Ordinal, cancellationToken);
        var today = CallStatusRules.TodayInParis(clock);
        return new CallPage(
            call,
            documents.Build(call, funders),
            [.. call.Funders.Where(funders.ContainsKey).Select(slug => funders[slug])],
            CallStatusRules.StatusOn(today, call.OpensOn, call.Deadline),
            today);
    }

    public async Task<FunderPage?> FindFunderAsync(string slug, int page, CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var funder = await db.Funders.AsNoTracking().FirstOrDefaultAsync(f => f.Slug == slug, cancellationToken);
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

using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;

namespace Plateforme.Web.Calls.Catalogue;

/// <summary>
/// The live figures of the home page: open calls (from the index) and distinct sources (from the catalogue).
/// Kept for a minute, so a busy home page costs one database query a minute.
/// </summary>
public sealed class CatalogueFigures(ISearchIndex index, PublishedCalls catalogue, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private (LiveFigures Value, DateTimeOffset At)? cached;

    public async Task<LiveFigures> GetAsync(CancellationToken cancellationToken = default)
    {
        if (cached is { } hit && clock.GetUtcNow() - hit.At < KeepFor) return hit.Value;
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cached is { } again && clock.GetUtcNow() - again.At < KeepFor) return again.Value;
            var today = CallStatusRules.TodayInParis(clock);
            var open = index.Search(new SearchQuery { Today = today, PageSize = 1, IncludeFacets = false, Statuses = [CallStatus.Open] }).Total;
            var sources = await catalogue.CountSourcesAsync(cancellationToken);
            var funders = (await catalogue.FunderNamesAsync(cancellationToken)).Count;
            var figures = new LiveFigures(open, sources, funders);
            cached = (figures, clock.GetUtcNow());
            return figures;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}

using Plateforme.Search.Indexing;

namespace Plateforme.Web.Tests.Components;

/// <summary>An index that knows a few suggestions and nothing else: enough for the search box.</summary>
public sealed class FakeSearchIndex(params Suggestion[] suggestions) : ISearchIndex
{
    public Task UpsertAsync(IReadOnlyCollection<CallDocument> calls, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task ClearAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task CommitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public SearchResult Search(SearchQuery query) => new() { Total = 0, Hits = [] };

    public CallDocument? Get(Guid id) => null;

    public IReadOnlyList<Suggestion> Suggest(string prefix, int max = 8) =>
        [.. suggestions.Where(s => s.Label.Contains(prefix, StringComparison.OrdinalIgnoreCase)).Take(max)];

    public IReadOnlyList<SearchHit> Similar(Guid id, DateOnly today, int max = 5) => [];

    public IndexHealth Health() => new(true, 0, "fake");

    public void Dispose()
    {
        // Nothing held.
    }
}

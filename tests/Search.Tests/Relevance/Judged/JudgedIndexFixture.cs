using Plateforme.Search.Indexing;
using Plateforme.Search.Indexing.Lucene;
using Plateforme.Search.Tests.Lucene;

namespace Plateforme.Search.Tests.Relevance.Judged;

/// <summary>The judged catalogue indexed once for its tests.</summary>
public sealed class JudgedIndexFixture : IAsyncLifetime, IDisposable
{
    private readonly LuceneSearchIndex _index = TestIndex.InMemory();

    internal ISearchIndex Index => _index;

    public async Task InitializeAsync()
    {
        await _index.UpsertAsync([.. JudgedCatalogue.Documents()]);
        await _index.CommitAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _index.Dispose();

    /// <summary>Slugs of the first hits, best first.</summary>
    internal IReadOnlyList<string> Top(string text, int count) =>
        Index.Search(TestIndex.Query(text) with { PageSize = count }).Hits.Select(hit => hit.Call.Slug).ToList();
}

using Plateforme.Search.Indexing;
using Plateforme.Search.Indexing.Lucene;
using Plateforme.Search.Tests.Lucene;

namespace Plateforme.Search.Tests.Relevance;

/// <summary>The corpus indexed once for the whole relevance suite.</summary>
public sealed class RelevanceIndexFixture : IAsyncLifetime, IDisposable
{
    private readonly LuceneSearchIndex _index = TestIndex.InMemory();

    internal ISearchIndex Index => _index;

    public async Task InitializeAsync()
    {
        await _index.UpsertAsync([.. Corpus.Calls]);
        await _index.CommitAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _index.Dispose();

    /// <summary>Slugs of the first hits, best first.</summary>
    internal IReadOnlyList<string> Top(SearchQuery query, int count) =>
        Index.Search(query with { PageSize = count }).Hits.Select(hit => hit.Call.Slug).ToList();
}

namespace Plateforme.Search.Indexing;

/// <summary>
/// The derived, rebuildable search index of published calls. Lucene.Net is the embedded backend;
/// Elasticsearch the scale-out one. Only the indexer (draining the outbox) writes to it.
/// </summary>
public interface ISearchIndex : IDisposable
{
    /// <summary>Adds or replaces calls by id. Visible to searches within a second, durable after the next commit.</summary>
    Task UpsertAsync(IReadOnlyCollection<CallDocument> calls, CancellationToken cancellationToken = default);

    Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>Removes every document (before a rebuild).</summary>
    Task ClearAsync(CancellationToken cancellationToken = default);

    /// <summary>Makes every change so far visible to searches now and durable on disk.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);

    /// <summary>Never throws on user text: any string is a valid query.</summary>
    SearchResult Search(SearchQuery query);

    CallDocument? Get(Guid id);

    IReadOnlyList<Suggestion> Suggest(string prefix, int max = 8);

    /// <summary>Calls resembling the given one (shared terms, themes, funder), itself excluded, open ones first.</summary>
    IReadOnlyList<SearchHit> Similar(Guid id, DateOnly today, int max = 5);

    /// <summary>Number of documents, and whether the index opened cleanly.</summary>
    IndexHealth Health();
}

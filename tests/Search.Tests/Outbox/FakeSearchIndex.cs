using Plateforme.Search.Indexing;

namespace Plateforme.Search.Tests.Outbox;

/// <summary>
/// A dictionary standing in for the index, only to test the outbox drain logic (what is written, what is
/// deleted, what happens when the index fails). Searching is not its job.
/// </summary>
internal sealed class FakeSearchIndex : ISearchIndex
{
    private readonly Dictionary<Guid, CallDocument> _pending = [];
    private readonly HashSet<Guid> _pendingDeletes = [];

    public Dictionary<Guid, CallDocument> Committed { get; } = [];
    public List<Guid> Deleted { get; } = [];
    public int Commits { get; private set; }

    /// <summary>Number of coming commits that fail, as a full disk or a locked folder would.</summary>
    public int FailingCommits { get; set; }

    /// <summary>Runs during an upsert: lets a test write to the database in the middle of a drain.</summary>
    public Func<Task>? DuringUpsert { get; set; }

    public async Task UpsertAsync(IReadOnlyCollection<CallDocument> calls, CancellationToken cancellationToken = default)
    {
        foreach (var call in calls)
        {
            _pending[call.Id] = call;
            _pendingDeletes.Remove(call.Id);
        }

        if (DuringUpsert is { } action) await action();
    }

    public Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        foreach (var id in ids)
        {
            _pending.Remove(id);
            _pendingDeletes.Add(id);
        }

        return Task.CompletedTask;
    }

    public Task ClearAsync(CancellationToken cancellationToken = default)
    {
        _pending.Clear();
        _pendingDeletes.UnionWith(Committed.Keys);
        return Task.CompletedTask;
    }

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (FailingCommits > 0)
        {
            FailingCommits--;
            _pending.Clear();
            _pendingDeletes.Clear();
            throw new IOException("Disque plein (simulé).");
        }

        foreach (var id in _pendingDeletes)
        {
            Committed.Remove(id);
            Deleted.Add(id);
        }

        foreach (var (id, document) in _pending) Committed[id] = document;
        _pending.Clear();
        _pendingDeletes.Clear();
        Commits++;
        return Task.CompletedTask;
    }

    public IndexHealth Health() => new(true, Committed.Count, "fake");

    public SearchResult Search(SearchQuery query) => throw new NotSupportedException("The fake index does not search.");

    public CallDocument? Get(Guid id) => Committed.GetValueOrDefault(id);

    public IReadOnlyList<Suggestion> Suggest(string prefix, int max = 8) => throw new NotSupportedException("The fake index does not suggest.");

    public IReadOnlyList<SearchHit> Similar(Guid id, DateOnly today, int max = 5) => throw new NotSupportedException("The fake index has no similarity.");

    public void Dispose()
    {
    }
}

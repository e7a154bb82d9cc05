using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Microsoft.Extensions.Logging;
using Plateforme.Search.Analysis;
using Plateforme.Search.Indexing.Lucene.Text;
using Plateforme.Search.Vocabulary;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Plateforme.Search.Indexing.Lucene;

/// <summary>
/// The embedded search index: one long-lived writer, searchers from a <see cref="SearcherManager"/> that a
/// background thread reopens at most <see cref="LuceneIndexOptions.MaxStaleness"/> after a change, so a
/// change is searchable within a second without a commit; <see cref="CommitAsync"/> makes it durable.
/// Safe for concurrent searches while one indexer writes.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IVocabularySearch
{
    public const string BackendName = "lucene";

    /// <summary>Batches from this size are written from several threads.</summary>
    private const int ParallelBatchSize = 64;

    private readonly ILogger<LuceneSearchIndex> _logger;
    private readonly Analyzer[] _analyzers;
    private readonly LuceneDirectory _directory;
    private readonly IDisposable? _guard;
    private readonly IndexWriter _writer;
    private readonly TrackingIndexWriter _tracking;
    private readonly SearcherManager _searchers;
    private readonly ControlledRealTimeReopenThread<IndexSearcher> _reopener;
    private readonly SearchExecutor _executor;
    private readonly Suggester _suggester;
    private readonly SimilarFinder _similar;
    private readonly Lock _writeLock = new();
    private HashSet<Guid>? _idsSinceClear;
    private int _disposed;

    public LuceneSearchIndex(LuceneIndexOptions options, ILogger<LuceneSearchIndex> logger)
        : this(options, logger, new SearchVocabularyProvider())
    {
    }

    /// <param name="vocabulary">The field's vocabulary, read at each search (administrators may replace it at any time).</param>
    public LuceneSearchIndex(LuceneIndexOptions options, ILogger<LuceneSearchIndex> logger, SearchVocabularyProvider vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;

        var searchAnalyzer = new FrenchSearchAnalyzer();
        var wordAnalyzer = new FrenchWordAnalyzer();
        var prefixAnalyzer = new FrenchPrefixAnalyzer();
        var pairAnalyzer = new FrenchPairAnalyzer();
        var indexAnalyzer = new PerFieldAnalyzerWrapper(searchAnalyzer, new Dictionary<string, Analyzer>
        {
            [CallFields.Spelling] = wordAnalyzer,
            [CallFields.TitleWords] = prefixAnalyzer,
            [CallFields.AllPairs] = pairAnalyzer,
        });
        _analyzers = [indexAnalyzer, searchAnalyzer, wordAnalyzer, prefixAnalyzer, pairAnalyzer];

        var similarity = new BM25Similarity();
        var opened = IndexOpener.Open(options, indexAnalyzer, similarity, logger);
        _directory = opened.Directory;
        _writer = opened.Writer;
        _guard = opened.Guard;
        WasRecreated = opened.Recreated;
        _tracking = new TrackingIndexWriter(_writer);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SimilaritySearcherFactory(similarity));
        _reopener = new ControlledRealTimeReopenThread<IndexSearcher>(
            _tracking, _searchers, options.MaxStaleness.TotalSeconds, options.MinStaleness.TotalSeconds)
        {
            Name = "search-index-reopen",
            IsBackground = true,
        };
        _reopener.Start();

        _executor = new SearchExecutor(searchAnalyzer, new SpellingSuggester(searchAnalyzer, wordAnalyzer), new SnippetBuilder(searchAnalyzer), options.MaxFacetValues, vocabulary);
        _suggester = new Suggester(prefixAnalyzer);
        _similar = new SimilarFinder(searchAnalyzer);
    }

    /// <summary>True when no readable index was found at start and an empty one was created: rebuild it from the catalogue.</summary>
    public bool WasRecreated { get; }

    /// <summary>
    /// Large batches are analysed on every core (the writer takes documents from several threads). After a
    /// clear, a call not written since is known to be absent and is added without the cost of an update.
    /// </summary>
    public Task UpsertAsync(IReadOnlyCollection<CallDocument> calls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ThrowIfDisposed();
        var latest = new Dictionary<Guid, CallDocument>(calls.Count);
        foreach (var call in calls) latest[call.Id] = call;
        var writes = new List<(CallDocument Call, bool IsNew)>(latest.Count);
        lock (_writeLock)
        {
            foreach (var call in latest.Values) writes.Add((call, _idsSinceClear?.Add(call.Id) ?? false));
        }

        if (writes.Count < ParallelBatchSize)
        {
            foreach (var write in writes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Write(write.Call, write.IsNew);
            }
        }
        else
        {
            var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.ForEach(writes, parallel, write => Write(write.Call, write.IsNew));
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        if (ids.Count > 0) _tracking.DeleteDocuments(ids.Select(CallDocumentMapper.IdTerm).ToArray());
        return Task.CompletedTask;
    }

    public Task ClearAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        lock (_writeLock)
        {
            _tracking.DeleteAll();
            _idsSinceClear = [];
        }

        return Task.CompletedTask;
    }

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
        return Task.CompletedTask;
    }

    public SearchResult Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var activity = SearchTelemetry.StartSearch(BackendName);
        var started = Stopwatch.GetTimestamp();
        var result = WithSearcher(searcher => UnstatedTier.Execute(_executor, searcher, query));
        SearchTelemetry.RecordSearch(activity, result.Total, result.UsedFuzzyMatching, Stopwatch.GetElapsedTime(started));
        return result;
    }

    /// <summary>The same search with another vocabulary than the one in force: the administrators' preview of a change.</summary>
    public SearchResult Search(SearchQuery query, SearchVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(vocabulary);
        return WithSearcher(searcher => _executor.Execute(searcher, query, vocabulary));
    }

    public CallDocument? Get(Guid id) => WithSearcher(searcher => Find(searcher, id));

    public IReadOnlyList<Suggestion> Suggest(string prefix, int max = 8) =>
        WithSearcher(searcher => _suggester.Suggest(searcher, prefix, max));

    public IReadOnlyList<SearchHit> Similar(Guid id, DateOnly today, int max = 5) =>
        WithSearcher(searcher => Find(searcher, id) is { } call ? _similar.Find(searcher, call, today, max) : []);

    public IndexHealth Health()
    {
        if (Volatile.Read(ref _disposed) != 0) return new IndexHealth(false, 0, BackendName, "The index is closed.");
        var count = WithSearcher(searcher => searcher.IndexReader.NumDocs);
        var problem = WasRecreated ? "The index was missing or unreadable at startup and was recreated empty." : null;
        return new IndexHealth(true, count, BackendName, problem);
    }

    /// <summary>Stops reopening, lets go of the searchers, commits, closes the writer (and its lock), the directory, then the folder guard.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        try
        {
            _reopener.Dispose();
            _searchers.Dispose();
            _writer.Commit();
        }
        finally
        {
            try
            {
                _writer.Dispose();
            }
            finally
            {
                _directory.Dispose();
                _guard?.Dispose();
                foreach (var analyzer in _analyzers) analyzer.Dispose();
            }
        }

        _logger.LogDebug("Search index closed");
    }

    private void Write(CallDocument call, bool isNew)
    {
        var document = CallDocumentMapper.ToDocument(call);
        if (isNew) _tracking.AddDocument(document);
        else _tracking.UpdateDocument(CallDocumentMapper.IdTerm(call.Id), document);
    }

    private static CallDocument? Find(IndexSearcher searcher, Guid id)
    {
        var top = searcher.Search(new TermQuery(CallDocumentMapper.IdTerm(id)), 1);
        return top.TotalHits == 0
            ? null
            : CallCard.Read(searcher.IndexReader, top.ScoreDocs[0].Doc);
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> action)
    {
        ThrowIfDisposed();
        var searcher = _searchers.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
}

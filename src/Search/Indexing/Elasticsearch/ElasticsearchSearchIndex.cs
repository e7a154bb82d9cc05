using System.Diagnostics;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Microsoft.Extensions.Logging;
using Plateforme.Search.Analysis;
using Plateforme.Search.Indexing.Lucene;
using Plateforme.Search.Vocabulary;

namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>
/// The scale-out search index: an Elasticsearch cluster shared by every web node, through the official client.
/// Searches read an alias; the indexer (draining the outbox) writes with bulk requests that retry refused items
/// (see <see cref="BulkWriter"/>); a rebuild fills a fresh index and swaps the alias at commit (see
/// <see cref="IndexLifecycle"/>). Queries reproduce the Lucene backend's features and result format.
/// </summary>
public sealed class ElasticsearchSearchIndex : ISearchIndex, IVocabularySearch
{
    public const string BackendName = "elasticsearch";

    private readonly ElasticsearchClient _client;
    private readonly IndexLifecycle _indexes;
    private readonly BulkWriter _bulk;
    private readonly EsSearchExecutor _executor;
    private readonly EsSuggester _suggester;
    private readonly EsSimilarFinder _similar;
    private readonly FrenchPrefixAnalyzer _prefixAnalyzer = new();
    private int _disposed;

    public ElasticsearchSearchIndex(ElasticsearchIndexOptions options, ILogger<ElasticsearchSearchIndex> logger, SearchVocabularyProvider vocabulary)
        : this(ElasticsearchClientFactory.Create(options), options, logger, vocabulary)
    {
    }

    public ElasticsearchSearchIndex(ElasticsearchClient client, ElasticsearchIndexOptions options, ILogger<ElasticsearchSearchIndex> logger, SearchVocabularyProvider vocabulary)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(vocabulary);
        _client = client;
        _indexes = new IndexLifecycle(client, options, logger);
        _bulk = new BulkWriter(client, options, logger);
        _executor = new EsSearchExecutor(client, options.Alias, vocabulary, options.MaxFacetValues);
        _suggester = new EsSuggester(client, options.Alias, _prefixAnalyzer);
        _similar = new EsSimilarFinder(client, options.Alias);
    }

    public async Task UpsertAsync(IReadOnlyCollection<CallDocument> calls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ThrowIfDisposed();
        if (calls.Count == 0) return;
        var latest = new Dictionary<Guid, CallDocument>(calls.Count);
        foreach (var call in calls) latest[call.Id] = call;
        var items = latest.Values.Select(call => new BulkItem(EsCallDocument.IdText(call.Id), EsCallDocument.From(call))).ToList();
        await _bulk.WriteAsync(_indexes.WriteTarget, items, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ThrowIfDisposed();
        if (ids.Count == 0) return;
        var items = ids.Distinct().Select(id => new BulkItem(EsCallDocument.IdText(id), null)).ToList();
        await _bulk.WriteAsync(_indexes.WriteTarget, items, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a rebuild: writes go to a fresh index until <see cref="CommitAsync"/> swaps the alias to it.</summary>
    public Task ClearAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        _indexes.BeginRebuild();
        return Task.CompletedTask;
    }

    /// <summary>Refreshes the written index (changes searchable now; Elasticsearch's translog makes them durable), then ends a rebuild.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var target = _indexes.WriteTarget;
        var response = await _client.Indices.RefreshAsync(new RefreshRequest(target), cancellationToken).ConfigureAwait(false);
        if (!response.IsValidResponse) throw new ElasticsearchIndexException($"Elasticsearch failed to refresh {target}: {response.DebugInformation}");
        if (_indexes.IsRebuilding) _indexes.FinishRebuild();
    }

    public SearchResult Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ThrowIfDisposed();
        _indexes.EnsureReady();
        using var activity = SearchTelemetry.StartSearch(BackendName);
        var started = Stopwatch.GetTimestamp();
        var result = UnstatedTier.Execute(tierQuery => _executor.Execute(tierQuery), query);
        SearchTelemetry.RecordSearch(activity, result.Total, result.UsedFuzzyMatching, Stopwatch.GetElapsedTime(started));
        return result;
    }

    public SearchResult Search(SearchQuery query, SearchVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ThrowIfDisposed();
        _indexes.EnsureReady();
        return _executor.Execute(query, vocabulary);
    }

    public CallDocument? Get(Guid id)
    {
        ThrowIfDisposed();
        _indexes.EnsureReady();
        var response = _client.Get<EsCallDocument>(new GetRequest(_indexes.Alias, EsCallDocument.IdText(id)) { SourceIncludes = Fields.FromString(EsFields.Card) });
        if (response.IsValidResponse) return response.Found ? response.Source?.Card : null;
        if (response.ApiCallDetails.HttpStatusCode == 404) return null;
        throw new ElasticsearchIndexException("Elasticsearch failed to read a call: " + response.DebugInformation);
    }

    public IReadOnlyList<Suggestion> Suggest(string prefix, int max = 8)
    {
        ThrowIfDisposed();
        _indexes.EnsureReady();
        return _suggester.Suggest(prefix, max);
    }

    public IReadOnlyList<SearchHit> Similar(Guid id, DateOnly today, int max = 5) =>
        Get(id) is { } call ? _similar.Find(call, today, max) : [];

    /// <summary>
    /// The layout of the index behind the alias when it is older than this version's, else null. Searches still
    /// work on it (so it is not a health problem: no node is taken out or restarted for it), but may miss what the
    /// new layout indexes; the start-up check rebuilds it (<see cref="Outbox.IndexStartupCheck"/>).
    /// </summary>
    public string? OutdatedLayout
    {
        get
        {
            ThrowIfDisposed();
            return _indexes.OutdatedLayout;
        }
    }

    public IndexHealth Health()
    {
        if (Volatile.Read(ref _disposed) != 0) return new IndexHealth(false, 0, BackendName, "The index is closed.");
        try
        {
            _indexes.EnsureReady();
            var count = _client.Count(new CountRequest(_indexes.Alias));
            return count.IsValidResponse
                ? new IndexHealth(true, (int)count.Count, BackendName)
                : new IndexHealth(false, 0, BackendName, "Elasticsearch did not count the calls: " + (count.ElasticsearchServerError?.Error?.Reason ?? count.ApiCallDetails.OriginalException?.Message ?? "no answer"));
        }
        catch (Exception exception) when (exception is ElasticsearchIndexException or Elastic.Transport.TransportException or HttpRequestException)
        {
            return new IndexHealth(false, 0, BackendName, exception.Message);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _prefixAnalyzer.Dispose();
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
}

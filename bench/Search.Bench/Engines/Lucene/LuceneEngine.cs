using Microsoft.Extensions.Logging.Abstractions;
using Plateforme.Search.Indexing;
using Plateforme.Search.Indexing.Lucene;
using Plateforme.Search.Vocabulary;

namespace Plateforme.Search.Bench.Engines.Lucene;

/// <summary>
/// The application's own <see cref="LuceneSearchIndex"/>, on disk in a temporary folder; "lucene-novocab" runs it
/// without the field's vocabulary, to measure what query-time expansion costs in the same run.
/// </summary>
public sealed class LuceneEngine(string folder, string name = "lucene", SearchVocabulary? vocabulary = null) : ISearchEngine
{
    /// <summary>Upserts go in batches as the indexer sends them when it drains the outbox during a rebuild.</summary>
    private const int BatchSize = 1_000;

    private readonly BuildPhases _phases = new();
    private LuceneSearchIndex? _index;

    public string Name => name;

    public async Task BuildAsync(IReadOnlyList<CallDocument> corpus, CancellationToken cancellationToken)
    {
        _phases.Start();
        _index = new LuceneSearchIndex(
            new LuceneIndexOptions { Path = folder }, NullLogger<LuceneSearchIndex>.Instance, new SearchVocabularyProvider(vocabulary ?? SearchVocabulary.Default));
        _phases.Lap("open");
        foreach (var batch in corpus.Chunk(BatchSize)) await _index.UpsertAsync(batch, cancellationToken);
        _phases.Lap("upserts");
        await _index.CommitAsync(cancellationToken);
        _phases.Lap("commit");
    }

    public Task<EngineAnswer> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var index = _index ?? throw new InvalidOperationException("Build the index first.");
        var result = index.Search(query);
        return Task.FromResult(new EngineAnswer(result.Total, result.Hits.Select(h => h.Call.Id).ToList(), result.Facets, result.UsedFuzzyMatching));
    }

    public Task<EngineFootprint> MeasureFootprintAsync(CancellationToken cancellationToken)
    {
        var size = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var health = _index?.Health();
        return Task.FromResult(new EngineFootprint(size, null, _phases.Seconds,
        [
            $"Lucene.Net {typeof(global::Lucene.Net.Index.IndexWriter).Assembly.GetName().Version} in process, index on disk (MMapDirectory or FSDirectory as the index chooses)",
            $"documents: {health?.DocumentCount}, healthy: {health?.IsHealthy}",
            "index size = files of the index folder after commit",
        ]));
    }

    public ValueTask DisposeAsync()
    {
        _index?.Dispose();
        return ValueTask.CompletedTask;
    }
}

using System.Diagnostics;
using Plateforme.Search.Bench.Engines;
using Plateforme.Search.Bench.Workload;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Measurement;

/// <summary>Builds one engine, warms it up, then times the query mix single-threaded, three ways.</summary>
public sealed class EngineRunner(IReadOnlyList<BenchQuery> queries, int warmUpCount, TextWriter log)
{
    public async Task<EngineRun> RunAsync(ISearchEngine engine, IReadOnlyList<CallDocument> corpus, CancellationToken cancellationToken)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = Environment.WorkingSet;
        using var memory = MemorySampler.Start();

        log.WriteLine($"[{engine.Name}] building the index of {corpus.Count} calls…");
        var clock = Stopwatch.StartNew();
        await engine.BuildAsync(corpus, cancellationToken);
        var build = clock.Elapsed.TotalSeconds;
        log.WriteLine($"[{engine.Name}] built in {build:F1} s");
        var footprint = await engine.MeasureFootprintAsync(cancellationToken);

        foreach (var warmUp in queries.Take(warmUpCount)) await engine.SearchAsync(warmUp.Query, cancellationToken);
        var full = await PassAsync(engine, q => q, cancellationToken);
        log.WriteLine($"[{engine.Name}] measured pass done, p50 {LatencyStats.From(full.LatenciesMs.ToList()).P50Ms:F2} ms");
        var withoutFacets = await PassAsync(engine, q => q with { IncludeFacets = false }, cancellationToken);
        var searchOnly = await PassAsync(engine, q => q with { IncludeFacets = false, PageSize = 1 }, cancellationToken);

        return new EngineRun
        {
            Name = engine.Name,
            BuildSeconds = build,
            Footprint = footprint,
            Full = full,
            WithoutFacets = withoutFacets,
            SearchOnly = searchOnly,
            Queries = queries,
            BaselineWorkingSetBytes = baseline,
            PeakWorkingSetBytes = memory.PeakWorkingSetBytes,
            PeakManagedBytes = memory.PeakManagedBytes,
        };
    }

    private async Task<PassResult> PassAsync(ISearchEngine engine, Func<SearchQuery, SearchQuery> shape, CancellationToken cancellationToken)
    {
        var answers = new List<EngineAnswer>(queries.Count);
        var latencies = new List<double>(queries.Count);
        foreach (var query in queries)
        {
            var shaped = shape(query.Query);
            var start = Stopwatch.GetTimestamp();
            answers.Add(await engine.SearchAsync(shaped, cancellationToken));
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return new PassResult(answers, latencies);
    }
}

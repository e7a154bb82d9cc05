using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Plateforme.Search.Bench.Engines;
using Plateforme.Search.Bench.Workload;

namespace Plateforme.Search.Bench.Measurement;

/// <summary>
/// How the Lucene backend's cost grows with the catalogue: the same kind of corpus and query mix at each size
/// (10 000, 100 000, 1 000 000 calls by default), one after the other in one process; the smallest size is the
/// baseline every point is compared with (build time, index size, memory and latencies as ratios).
/// </summary>
public static class ScaleCurve
{
    public static async Task<int> RunAsync(BenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var points = new List<JsonObject>();
        EngineRun? baseline = null;
        var baselineCalls = options.CurveSizes.Min();
        var loadAtStart = MachineLoad.Read();
        foreach (var size in options.CurveSizes.Order())
        {
            log.WriteLine($"Scale curve: {size:N0} calls…");
            var corpus = CorpusFactory.Create(size, options.Seed, options.Today);
            var queries = QueryMix.Create(new CorpusVocabulary(corpus.Documents), corpus.Today, options.Seed);
            var runner = new EngineRunner(queries, options.WarmUp, log);
            EngineRun run;
            await using (var workspace = BenchWorkspace.Create())
            {
                run = await EngineCatalog.RunAsync("lucene", runner, corpus.Documents, workspace, cancellationToken);
            }

            baseline ??= run;
            points.Add(Point(size, run, baselineCalls, baseline));
            log.WriteLine($"  build {run.BuildSeconds:F1} s, index {Megabytes(run.Footprint.IndexSizeBytes)} MB, p50 {run.Latency.P50Ms:F1} ms, p99 {run.Latency.P99Ms:F1} ms");

            // The next corpus is ten times larger: let this one go before building it.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        var report = new JsonObject
        {
            ["generatedAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["machine"] = new JsonObject { ["cores"] = Environment.ProcessorCount, ["loadAtStart"] = loadAtStart, ["loadAtEnd"] = MachineLoad.Read() },
            ["engine"] = "lucene",
            ["baselineCalls"] = baselineCalls,
            ["points"] = new JsonArray([.. points]),
            ["notes"] = new JsonArray(
                "each point: a fresh corpus of that size (same generator and seed), built from nothing, then the 220-query mix with facets after a warm-up",
                "ratios compare each point with the smallest size of the same run"),
        };
        var json = report.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        log.WriteLine(json);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.OutputPath))!);
        await File.WriteAllTextAsync(options.OutputPath, json + Environment.NewLine, cancellationToken);
        return 0;
    }

    private static JsonObject Point(int calls, EngineRun run, int baselineCalls, EngineRun baseline)
    {
        var latency = run.Latency;
        var first = baseline.Latency;
        return new JsonObject
        {
            ["calls"] = calls,
            ["buildSeconds"] = Math.Round(run.BuildSeconds, 2),
            ["indexSizeMb"] = Megabytes(run.Footprint.IndexSizeBytes),
            ["peakWorkingSetMb"] = Megabytes(run.PeakWorkingSetBytes),
            ["corpusWorkingSetMb"] = Megabytes(run.BaselineWorkingSetBytes),
            ["p50Ms"] = Math.Round(latency.P50Ms, 2),
            ["p95Ms"] = Math.Round(latency.P95Ms, 2),
            ["p99Ms"] = Math.Round(latency.P99Ms, 2),
            ["meanMs"] = Math.Round(latency.MeanMs, 2),
            ["versusBaseline"] = new JsonObject
            {
                ["calls"] = Ratio(calls, baselineCalls),
                ["buildTime"] = Ratio(run.BuildSeconds, baseline.BuildSeconds),
                ["indexSize"] = Ratio(run.Footprint.IndexSizeBytes, baseline.Footprint.IndexSizeBytes),
                ["p50"] = Ratio(latency.P50Ms, first.P50Ms),
                ["p99"] = Ratio(latency.P99Ms, first.P99Ms),
            },
        };
    }

    private static double Ratio(double value, double reference) => reference <= 0 ? 0 : Math.Round(value / reference, 2);

    private static double Megabytes(long bytes) => Math.Round(bytes / 1024.0 / 1024.0, 1);
}

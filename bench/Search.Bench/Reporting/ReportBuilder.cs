using System.Globalization;
using System.Runtime.InteropServices;
using Plateforme.Search.Bench.Measurement;
using Plateforme.Search.Bench.Reporting.Json;
using Plateforme.Search.Bench.Workload;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Reporting;

/// <summary>Turns the measured runs into the results file's shape, with the comparison and the targets.</summary>
public static class ReportBuilder
{
    public const string Baseline = "postgres";

    public static BenchReport Build(
        Corpus corpus,
        IReadOnlyList<BenchQuery> queries,
        int warmUp,
        IReadOnlyList<EngineRun> runs,
        IReadOnlyDictionary<string, string> failures,
        string? loadAtStart,
        DateTimeOffset now)
    {
        var byName = runs.ToDictionary(r => r.Name);
        var lucene = byName.GetValueOrDefault("lucene");
        var postgres = byName.GetValueOrDefault(Baseline);
        var sqlite = byName.GetValueOrDefault("sqlite");

        return new BenchReport(
            now.ToString("O", CultureInfo.InvariantCulture),
            Machine(loadAtStart),
            new CorpusInfo(corpus.Documents.Count, corpus.Seed, corpus.Today.ToString("O", CultureInfo.InvariantCulture), Round(corpus.GenerationTime.TotalSeconds)),
            new QueryInfo(queries.Count, Count(queries, QueryCategory.TextOnly), Count(queries, QueryCategory.TextWithFilters),
                Count(queries, QueryCategory.FiltersOnly), warmUp, queries[0].Query.PageSize, FacetNames.All, "single-threaded, one query at a time"),
            runs.ToDictionary(r => r.Name, Engine),
            failures,
            Agreement(runs, postgres),
            Comparison(lucene, postgres, sqlite),
            Targets(lucene, postgres));
    }

    private static EngineReport Engine(EngineRun run)
    {
        var latency = run.Latency;
        var searchOnly = LatencyStats.From(run.SearchOnly.LatenciesMs.ToList());
        var withoutFacets = LatencyStats.From(run.WithoutFacets.LatenciesMs.ToList());
        var categories = Enum.GetValues<QueryCategory>().ToDictionary(
            c => JsonName(c),
            c =>
            {
                var stats = run.LatencyOf(c);
                var zeroHits = run.Full.Answers.Where((a, i) => run.Queries[i].Category == c && a.Total == 0).Count();
                return new CategoryReport(stats.Count, Round(stats.P50Ms), Round(stats.P95Ms), Round(stats.P99Ms), Round(run.MeanHitsOf(c), 1), zeroHits);
            });
        return new EngineReport(
            Round(run.BuildSeconds), run.Footprint.BuildPhasesSeconds, Round(latency.P50Ms), Round(latency.P95Ms), Round(latency.P99Ms), Round(latency.MeanMs), Round(latency.MaxMs),
            Round(run.MeanHits, 1), Mb(run.PeakWorkingSetBytes), Mb(run.BaselineWorkingSetBytes), Mb(run.PeakManagedBytes),
            Mb(run.Footprint.IndexSizeBytes), run.Footprint.ServerPeakRssBytes is { } rss ? Mb(rss) : null,
            categories,
            new PhaseReport(
                Round(searchOnly.P50Ms), Round(searchOnly.MeanMs), Round(withoutFacets.P50Ms), Round(withoutFacets.MeanMs),
                Round(latency.P50Ms), Round(latency.MeanMs),
                Round(withoutFacets.MeanMs - searchOnly.MeanMs), Round(latency.MeanMs - withoutFacets.MeanMs)),
            FewMatches(run),
            Slowest(run, 5),
            run.Footprint.Notes);
    }

    private static FewMatchesReport FewMatches(EngineRun run)
    {
        var text = Enumerable.Range(0, run.Queries.Count).Where(i => !string.IsNullOrWhiteSpace(run.Queries[i].Query.Text)).ToList();
        bool Few(int i) => run.Full.Answers[i].UsedFuzzyMatching || run.Full.Answers[i].Total < 3;
        var few = LatencyStats.From(text.Where(Few).Select(i => run.Full.LatenciesMs[i]).ToList());
        var others = LatencyStats.From(text.Where(i => !Few(i)).Select(i => run.Full.LatenciesMs[i]).ToList());
        return new FewMatchesReport(few.Count, text.Count(i => run.Full.Answers[i].UsedFuzzyMatching), Round(few.MeanMs), Round(few.P50Ms), Round(others.MeanMs));
    }

    private static List<string> Slowest(EngineRun run, int count) =>
        run.Full.LatenciesMs
            .Select((ms, i) => (Ms: ms, Query: run.Queries[i], Total: run.Full.Answers[i].Total))
            .OrderByDescending(q => q.Ms)
            .Take(count)
            .Select(q => string.Create(CultureInfo.InvariantCulture, $"{q.Ms:F1} ms, {q.Total} hits: {q.Query.Description}"))
            .ToList();

    private static AgreementReport? Agreement(IReadOnlyList<EngineRun> runs, EngineRun? postgres)
    {
        var baseline = postgres ?? runs.FirstOrDefault();
        if (baseline is null) return null;
        var others = runs.Where(r => r != baseline).Select(r => AgreementCheck.Compare(baseline, r)).ToList();
        return new AgreementReport(baseline.Name, Count(baseline.Queries, QueryCategory.FiltersOnly),
            others.ToDictionary(a => a.Engine, a => new EngineAgreementReport(Round(a.TotalsRate, 3), Round(a.FacetsRate, 3), a.FirstMismatches)));
    }

    private static ComparisonReport Comparison(EngineRun? lucene, EngineRun? postgres, EngineRun? sqlite)
    {
        double? P50(EngineRun? run) => run is null ? null : Round(run.Latency.P50Ms);
        double? Ratio(EngineRun? slow, EngineRun? fast) =>
            slow is null || fast is null || fast.Latency.P50Ms <= 0 ? null : Round(slow.Latency.P50Ms / fast.Latency.P50Ms);
        return new ComparisonReport(Baseline, P50(lucene), P50(postgres), P50(sqlite), Ratio(postgres, lucene), Ratio(postgres, sqlite));
    }

    private static Dictionary<string, TargetReport> Targets(EngineRun? lucene, EngineRun? postgres)
    {
        double? p50 = lucene is null ? null : Round(lucene.Latency.P50Ms);
        double? p99 = lucene is null ? null : Round(lucene.Latency.P99Ms);
        double? build = lucene is null ? null : Round(lucene.BuildSeconds);
        double? speedUp = lucene is null || postgres is null ? null : Round(postgres.Latency.P50Ms / lucene.Latency.P50Ms);
        return new Dictionary<string, TargetReport>
        {
            ["luceneP50Ms"] = new("<= 10", p50, p50 is null ? null : p50 <= 10),
            ["luceneP99Ms"] = new("<= 50", p99, p99 is null ? null : p99 <= 50),
            ["luceneBuildSeconds"] = new("<= 60", build, build is null ? null : build <= 60),
            ["luceneP50SpeedUpOverPostgres"] = new(">= 3", speedUp, speedUp is null ? null : speedUp >= 3),
        };
    }

    private static MachineInfo Machine(string? loadAtStart) => new(
        Environment.ProcessorCount,
        ProcessorName(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.ProcessArchitecture.ToString(),
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024),
        loadAtStart,
        MachineLoad.Read());

    private static string? ProcessorName()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!File.Exists(cpuInfo)) return null;
        var line = File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    private static string JsonName(QueryCategory category)
    {
        var name = category.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static int Count(IReadOnlyList<BenchQuery> queries, QueryCategory category) => queries.Count(q => q.Category == category);

    private static double Mb(long bytes) => Round(bytes / (1024.0 * 1024.0), 1);

    private static double Round(double value, int digits = 2) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}

using System.Globalization;
using static System.FormattableString;
using Plateforme.Search.Bench.Reporting.Json;

namespace Plateforme.Search.Bench.Reporting;

/// <summary>The results as a person reads them in a terminal.</summary>
public static class ConsoleReport
{
    public static void Print(BenchReport report, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine(Invariant($"Corpus: {report.Corpus.Calls} calls (seed {report.Corpus.Seed}, today {report.Corpus.Today}); {report.Queries.Count} queries ({report.Queries.TextOnly} text, {report.Queries.TextWithFilters} text + filters, {report.Queries.FiltersOnly} filters only), all facets, page 1 of {report.Queries.PageSize}"));
        output.WriteLine(Invariant($"Machine: {report.Machine.Cores} cores {report.Machine.Processor}, {report.Machine.Os}, {report.Machine.DotNet}; load average {report.Machine.LoadAverageAtStart} at start, {report.Machine.LoadAverageAtEnd} at the end"));
        output.WriteLine();
        output.WriteLine("engine      build s   p50 ms   p95 ms   p99 ms  mean hits  peak WS MB  index MB  server MB");
        foreach (var (name, e) in report.Engines)
        {
            output.WriteLine(Invariant($"{name,-10} {e.BuildSeconds,8:F1} {e.P50Ms,8:F2} {e.P95Ms,8:F2} {e.P99Ms,8:F2} {e.MeanHits,10:F0} {e.PeakWorkingSetMb,11:F0} {e.IndexSizeMb,9:F1} {(e.ServerPeakRssMb is { } s ? s.ToString("F0", c) : "-"),10}"));
        }

        output.WriteLine();
        output.WriteLine("p50 ms by kind      text only  text+filters  filters only   | phases (mean ms): search+count  +page of 20  +facets");
        foreach (var (name, e) in report.Engines)
        {
            var k = e.ByCategory;
            output.WriteLine(Invariant($"{name,-18} {k["textOnly"].P50Ms,10:F2} {k["textWithFilters"].P50Ms,13:F2} {k["filtersOnly"].P50Ms,13:F2}   | {e.Phases.SearchOnlyMeanMs,30:F2} {e.Phases.PageCostMeanMs,12:F2} {e.Phases.FacetsCostMeanMs,8:F2}"));
        }

        output.WriteLine();
        foreach (var (name, e) in report.Engines)
        {
            var phases = string.Join(", ", e.BuildPhasesSeconds.Select(p => Invariant($"{p.Key} {p.Value:F1} s")));
            output.WriteLine(Invariant($"{name} build: {phases}"));
        }

        foreach (var (name, e) in report.Engines)
        {
            var f = e.FewMatchTextQueries;
            output.WriteLine(Invariant($"{name}: {f.Queries} text queries with < 3 exact matches ({f.WidenedByFuzzyMatching} widened by typo tolerance): mean {f.MeanMs:F1} ms vs {f.OtherTextQueriesMeanMs:F1} ms for the other text queries"));
        }

        foreach (var (name, failure) in report.Failures) output.WriteLine(Invariant($"{name}: FAILED — {failure}"));

        if (report.Agreement is { } agreement)
        {
            output.WriteLine();
            output.WriteLine(Invariant($"Agreement with {agreement.Baseline} on {agreement.FilterOnlyQueries} filter-only queries:"));
            foreach (var (name, a) in agreement.Engines)
            {
                output.WriteLine(Invariant($"  {name}: totals {a.TotalsAgreementRate:P1}, facets {a.FacetsAgreementRate:P1}"));
                foreach (var mismatch in a.FirstMismatches) output.WriteLine(Invariant($"    - {mismatch}"));
            }
        }

        output.WriteLine();
        var ratio = report.Comparison.PostgresP50OverLuceneP50;
        output.WriteLine(Invariant($"PostgreSQL p50 / Lucene p50 = {(ratio is { } r ? r.ToString("F2", c) : "n/a")} (above 1: Lucene is faster)"));
        foreach (var (name, t) in report.Targets)
        {
            var verdict = t.Pass switch { true => "PASS", false => "FAIL", null => "n/a" };
            output.WriteLine(Invariant($"  target {name} {t.Target}: measured {(t.Measured is { } m ? m.ToString("F2", c) : "-")} → {verdict}"));
        }
    }
}

using Plateforme.Search.Bench.Workload;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Measurement;

/// <summary>
/// Filters are exact, so on filter-only queries every engine must find the same totals and the same facet
/// counts as the baseline. An engine that lists only its top values for a dimension agrees when each value
/// it lists has the baseline's count and the shorter list's values all appear in the longer one.
/// </summary>
public static class AgreementCheck
{
    private const int MismatchesKept = 8;

    public static EngineAgreement Compare(EngineRun baseline, EngineRun other)
    {
        var queries = 0;
        var totals = 0;
        var facets = 0;
        var mismatches = new List<string>();
        for (var i = 0; i < baseline.Queries.Count; i++)
        {
            if (baseline.Queries[i].Category != QueryCategory.FiltersOnly) continue;
            queries++;
            var expected = baseline.Full.Answers[i];
            var actual = other.Full.Answers[i];
            if (expected.Total == actual.Total) totals++;
            else Keep(mismatches, $"{baseline.Queries[i].Description}: total {actual.Total} vs {expected.Total}");

            var facetProblem = FacetNames.All
                .Select(d => FacetDifference(d, expected.Facets.GetValueOrDefault(d) ?? [], actual.Facets.GetValueOrDefault(d) ?? []))
                .FirstOrDefault(p => p is not null);
            if (facetProblem is null) facets++;
            else Keep(mismatches, $"{baseline.Queries[i].Description}: {facetProblem}");
        }

        return new EngineAgreement(other.Name, queries, totals, facets, mismatches);
    }

    private static string? FacetDifference(string dimension, IReadOnlyList<FacetCount> expected, IReadOnlyList<FacetCount> actual)
    {
        var expectedCounts = expected.ToDictionary(c => c.Value, c => c.Count, StringComparer.Ordinal);
        var actualCounts = actual.ToDictionary(c => c.Value, c => c.Count, StringComparer.Ordinal);
        var (shorter, longer) = actualCounts.Count <= expectedCounts.Count ? (actualCounts, expectedCounts) : (expectedCounts, actualCounts);
        foreach (var (value, count) in shorter)
        {
            var other = longer.GetValueOrDefault(value);
            if (other != count)
                return $"facet {dimension} '{value}' {actualCounts.GetValueOrDefault(value)} vs {expectedCounts.GetValueOrDefault(value)}";
        }

        return null;
    }

    private static void Keep(List<string> mismatches, string text)
    {
        if (mismatches.Count < MismatchesKept) mismatches.Add(text);
    }
}

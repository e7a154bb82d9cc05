namespace Plateforme.Search.Tests.Relevance.Judged;

/// <summary>Binary-relevance measures of one ranked list against the calls judged relevant.</summary>
internal static class RelevanceMetrics
{
    /// <summary>Share of the relevant calls found in the first <paramref name="k"/> (all of them when there are fewer than k).</summary>
    public static double RecallAt(IReadOnlyList<string> ranked, IReadOnlyCollection<string> relevant, int k)
    {
        var found = ranked.Take(k).Count(relevant.Contains);
        return (double)found / Math.Min(relevant.Count, k);
    }

    /// <summary>1 / rank of the first relevant call, 0 when none is in the list.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyCollection<string> relevant)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (relevant.Contains(ranked[i])) return 1d / (i + 1);
        }

        return 0;
    }

    public static double NdcgAt(IReadOnlyList<string> ranked, IReadOnlyCollection<string> relevant, int k)
    {
        var dcg = 0d;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (relevant.Contains(ranked[i])) dcg += 1 / Math.Log2(i + 2);
        }

        var ideal = 0d;
        for (var i = 0; i < Math.Min(k, relevant.Count); i++) ideal += 1 / Math.Log2(i + 2);
        return ideal == 0 ? 0 : dcg / ideal;
    }
}

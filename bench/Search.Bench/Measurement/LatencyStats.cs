namespace Plateforme.Search.Bench.Measurement;

/// <summary>Latency percentiles by nearest rank over one pass of the query mix, in milliseconds.</summary>
public sealed record LatencyStats(int Count, double MeanMs, double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    public static LatencyStats From(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0) return new LatencyStats(0, 0, 0, 0, 0, 0);
        var sorted = milliseconds.Order().ToArray();
        return new LatencyStats(sorted.Length, sorted.Average(), Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted[^1]);
    }

    private static double Percentile(double[] sorted, int percent)
    {
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

namespace Plateforme.Web.Bench;

/// <summary>Percentiles of a series of durations in milliseconds (nearest rank).</summary>
internal sealed record Latencies(double P50Ms, double P95Ms, double P99Ms, double MeanMs, double MaxMs)
{
    public static Latencies Of(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new(Round(Rank(0.50)), Round(Rank(0.95)), Round(Rank(0.99)), Round(sorted.Average()), Round(sorted[^1]));
    }

    private static double Round(double value) => Math.Round(value, 2);
}

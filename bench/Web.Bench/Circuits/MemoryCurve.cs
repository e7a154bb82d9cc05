namespace Plateforme.Web.Bench.Circuits;

/// <summary>
/// The server's managed heap read at several numbers of open circuits, and the straight line through those points.
/// A difference between two readings also carries whatever the process's shared pools kept or let go in between:
/// in one run the heap was 14 MB lower with 51 circuits open than with one (pooled large buffers let go), which a
/// difference over 200 circuits reads as 70 KB less per circuit. The median of the steps' costs is what one more idle
/// circuit costs, untouched by one such step; the least-squares slope and its fit are reported beside it.
/// </summary>
internal sealed class MemoryCurve
{
    private readonly List<(long Circuits, long ManagedBytes)> points = [];

    public IReadOnlyList<(long Circuits, long ManagedBytes)> Points => points;

    public void Add(long circuits, ServerMemory memory) => points.Add((circuits, memory.ManagedBytes));

    /// <summary>Kilobytes per circuit added, step by step between successive readings.</summary>
    public IReadOnlyList<double> StepsKb => [.. points.Zip(points.Skip(1))
        .Where(pair => pair.Second.Circuits > pair.First.Circuits)
        .Select(pair => Math.Round((pair.Second.ManagedBytes - pair.First.ManagedBytes) / 1024.0 / (pair.Second.Circuits - pair.First.Circuits), 1))];

    /// <summary>The median of <see cref="StepsKb"/>, or null without a step.</summary>
    public double? MedianStepKb
    {
        get
        {
            var steps = StepsKb.Order().ToList();
            if (steps.Count == 0) return null;
            var middle = steps.Count / 2;
            return steps.Count % 2 == 1 ? steps[middle] : Math.Round((steps[middle - 1] + steps[middle]) / 2, 1);
        }
    }

    /// <summary>Kilobytes per circuit by least squares, or null with fewer than two distinct circuit counts.</summary>
    public double? SlopeKb => Fit() is { } fit ? Math.Round(fit.Slope / 1024.0, 1) : null;

    /// <summary>The share of the heap's variation the line explains (1 is a perfect line).</summary>
    public double? RSquared => Fit() is { } fit ? Math.Round(fit.RSquared, 3) : null;

    private (double Slope, double RSquared)? Fit()
    {
        if (points.Select(p => p.Circuits).Distinct().Count() < 2) return null;
        var meanX = points.Average(p => (double)p.Circuits);
        var meanY = points.Average(p => (double)p.ManagedBytes);
        var sxx = points.Sum(p => Math.Pow(p.Circuits - meanX, 2));
        var sxy = points.Sum(p => (p.Circuits - meanX) * (p.ManagedBytes - meanY));
        var syy = points.Sum(p => Math.Pow(p.ManagedBytes - meanY, 2));
        var slope = sxy / sxx;
        return (slope, syy == 0 ? 1 : sxy * sxy / (sxx * syy));
    }
}

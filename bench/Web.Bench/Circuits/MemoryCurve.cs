namespace Plateforme.Web.Bench.Circuits;

/// <summary>
/// The server's managed heap read at several numbers of open circuits, and the straight line through those points.
/// A difference between two readings also carries whatever the process's shared pools kept or let go in between
/// (large pooled buffers alone moved the heap by several megabytes between two readings of the same run): the slope
/// over several steps is what one more idle circuit costs, and how well the line fits says how far to trust it.
/// </summary>
internal sealed class MemoryCurve
{
    private readonly List<(long Circuits, long ManagedBytes)> points = [];

    public IReadOnlyList<(long Circuits, long ManagedBytes)> Points => points;

    public void Add(long circuits, ServerMemory memory) => points.Add((circuits, memory.ManagedBytes));

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

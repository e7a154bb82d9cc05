using System.Globalization;

namespace Plateforme.Web.Shared.Charts;

/// <summary>
/// The drawing area of a chart (in SVG user units: the SVG scales to its box) and a vertical scale from zero to a
/// round maximum, so that the grid lines fall on numbers a reader can use (0, 250, 500, 750, 1 000).
/// </summary>
public sealed class ChartScale
{
    public const double Width = 640;
    public const double Height = 260;
    public const double Left = 64;
    public const double Right = 12;
    public const double Top = 12;
    public const double Bottom = 40;
    public const int Steps = 4;

    public ChartScale(IEnumerable<ChartSeries> series)
    {
        var values = series.SelectMany(s => s.Values).DefaultIfEmpty(0).ToList();
        var highest = values.Max();
        Maximum = RoundUp(Math.Max(highest, 0));
        // Small counts (one or two campaigns) would put grid lines on fractions that read « 0, 0, 1, 1 »: one per unit.
        if (Maximum < Steps && values.All(v => v == Math.Floor(v))) Maximum = Steps;
    }

    public double Maximum { get; }

    public static double PlotWidth => Width - Left - Right;

    public static double PlotHeight => Height - Top - Bottom;

    public static double Baseline => Top + PlotHeight;

    /// <summary>The vertical position of a value: zero on the baseline, the maximum at the top.</summary>
    public double Y(double value) => Baseline - (Math.Clamp(value, 0, Maximum) / Maximum * PlotHeight);

    /// <summary>The grid values from zero to the maximum.</summary>
    public IEnumerable<double> Ticks() => Enumerable.Range(0, Steps + 1).Select(step => Maximum * step / Steps);

    /// <summary>A number for an SVG attribute: invariant, two decimals at most.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);

    /// <summary>Which labels to print under the axis when there are too many to fit: about eight, evenly spread back from the last (the latest).</summary>
    public static bool ShowsLabel(int index, int count) => count <= 8 || (count - 1 - index) % (int)Math.Ceiling(count / 8.0) == 0;

    private static double RoundUp(double value)
    {
        if (value <= 0) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (value <= step * magnitude) return step * magnitude;
        }

        return 10 * magnitude;
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace Plateforme.Web.Shared.Charts;

/// <summary>A bar or line chart of one or more series over the same labels (months, runs, days).</summary>
public sealed partial class Chart
{
    private static int counter;
    private readonly string id = "chart-" + Interlocked.Increment(ref counter).ToString(CultureInfo.InvariantCulture);
    private ChartScale scale = new([]);

    [Parameter, EditorRequired]
    public required string Title { get; set; }

    [Parameter]
    public ChartKind Kind { get; set; } = ChartKind.Bar;

    /// <summary>What the labels are (« Mois », « Passage »): the first column of the data table.</summary>
    [Parameter, EditorRequired]
    public required string LabelHeading { get; set; }

    [Parameter, EditorRequired]
    public required IReadOnlyList<string> Labels { get; set; }

    [Parameter, EditorRequired]
    public required IReadOnlyList<ChartSeries> Series { get; set; }

    /// <summary>How a value reads (« 1 250 € », « 42 »); plain French numbers by default.</summary>
    [Parameter]
    public Func<double, string> Format { get; set; } = value => value.ToString("N0", Display.FrenchFormat.Culture);

    [Parameter]
    public string TestId { get; set; } = "chart";

    private string TitleId => id + "-titre";

    private string DescId => id + "-resume";

    /// <summary>The slot of one label on the horizontal axis.</summary>
    private double Slot => ChartScale.PlotWidth / Math.Max(Labels.Count, 1);

    private double BarWidth => Slot * 0.7 / Math.Max(Series.Count, 1);

    /// <summary>For screen readers: the span and, per series, its highest and latest values.</summary>
    private string Summary => string.Join(" ", Series.Select(series =>
    {
        var values = series.Values.Take(Labels.Count).ToList();
        if (values.Count == 0) return "";
        var highest = values.IndexOf(values.Max());
        return string.Format(Display.FrenchFormat.Culture, Resources.SearchDesignText.ChartSeriesSummary, series.Name, Labels[0], Labels[values.Count - 1],
            Format(values[highest]), Labels[highest], Format(values[^1]));
    }));

    protected override void OnParametersSet() => scale = new ChartScale(Series);

    private double CenterOf(int index) => ChartScale.Left + (Slot * index) + (Slot / 2);

    private double BarX(int index, int series) => ChartScale.Left + (Slot * index) + (Slot * 0.15) + (BarWidth * series);

    private string Points(ChartSeries series) => string.Join(" ",
        series.Values.Take(Labels.Count).Select((value, i) => ChartScale.N(CenterOf(i)) + "," + ChartScale.N(scale.Y(value))));
}

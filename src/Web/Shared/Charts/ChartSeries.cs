namespace Plateforme.Web.Shared.Charts;

/// <summary>One named series of a chart: one value per label of the chart, in the labels' order.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

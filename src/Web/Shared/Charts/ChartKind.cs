namespace Plateforme.Web.Shared.Charts;

public enum ChartKind
{
    /// <summary>Side-by-side bars per label: amounts per month, counts per run.</summary>
    Bar,

    /// <summary>A line per series: a trend over time.</summary>
    Line,
}

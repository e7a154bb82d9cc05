using System.Globalization;
using Bunit;
using Plateforme.Web.Shared.Charts;

namespace Plateforme.Web.Tests.Components;

/// <summary>The inline SVG chart: drawn to scale, named for screen readers, its figures readable as a table.</summary>
public sealed class ChartTests : ComponentTestContext
{
    private static readonly string[] Months = ["janv.", "févr.", "mars"];

    private IRenderedComponent<Chart> RenderChart(ChartKind kind, params ChartSeries[] series) =>
        Render<Chart>(p => p
            .Add(c => c.Title, "Échéances par mois")
            .Add(c => c.Kind, kind)
            .Add(c => c.LabelHeading, "Mois")
            .Add(c => c.Labels, Months)
            .Add(c => c.Series, series));

    [Fact]
    public void A_bar_chart_draws_one_bar_per_value_in_proportion()
    {
        var chart = RenderChart(ChartKind.Bar, new ChartSeries("Dues", [100, 400, 200]), new ChartSeries("Impayées", [0, 50, 0]));

        var bars = chart.FindAll("svg rect");
        Assert.Equal(6, bars.Count);
        var heights = bars.Take(3).Select(bar => double.Parse(bar.GetAttribute("height")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(heights[0] * 4, heights[1], 1);
        Assert.Equal(heights[0] * 2, heights[2], 1);
        Assert.Equal("févr. — Dues : 400", bars[1].QuerySelector("title")!.TextContent);
    }

    [Fact]
    public void A_line_chart_draws_a_line_through_each_value()
    {
        var chart = RenderChart(ChartKind.Line, new ChartSeries("Trouvés", [10, 30, 20]));

        Assert.Equal(3, chart.Find("svg polyline").GetAttribute("points")!.Split(' ').Length);
        Assert.Equal(3, chart.FindAll("svg circle").Count);
    }

    [Fact]
    public void The_chart_has_an_accessible_name_a_summary_and_its_figures_as_a_table()
    {
        var chart = RenderChart(ChartKind.Bar, new ChartSeries("Dues", [100, 400, 200]));

        var svg = chart.Find("svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        var named = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("Échéances par mois", chart.Find("#" + named[0]).TextContent);
        Assert.Equal("Dues, de janv. à mars : au plus haut 400 (févr.), en dernier 200.", chart.Find("#" + named[1]).TextContent);
        var rows = chart.FindAll("[data-testid=chart-table] tbody tr").Select(row => row.TextContent.Trim()).ToList();
        Assert.Equal(["janv.100", "févr.400", "mars200"], rows.Select(r => string.Concat(r.Where(c => !char.IsWhiteSpace(c)))));
    }

    [Fact]
    public void The_scale_ends_on_a_round_number_above_the_highest_value()
    {
        var chart = RenderChart(ChartKind.Bar, new ChartSeries("Dues", [130, 410, 220]));

        var ticks = chart.FindAll(".chart__tick").Select(t => t.TextContent).ToList();
        Assert.Equal(["0", "125", "250", "375", "500"], ticks);
    }

    [Fact]
    public void Without_data_the_chart_says_so_instead_of_drawing_an_empty_frame()
    {
        var chart = Render<Chart>(p => p.Add(c => c.Title, "Rendement").Add(c => c.LabelHeading, "Passage").Add(c => c.Labels, []).Add(c => c.Series, []));

        Assert.Empty(chart.FindAll("svg"));
        Assert.Contains("Pas encore de données", chart.Markup, StringComparison.Ordinal);
    }
}

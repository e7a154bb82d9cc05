using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Plateforme.Crawler.Sources.Html;

namespace Plateforme.Crawler.Tests.Sources.Shapes;

/// <summary>A region's calendar table with two header rows, shared dates in rowspans and a colspan.</summary>
public sealed class TableGridTests : IDisposable
{
    private readonly Support.SourceHarness _harness = ShapeFixtures.Harness("region-tableau");

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Each_row_reads_its_cells_by_column_header_with_spans_expanded()
    {
        var (calls, diagnostics) = await _harness.ReadAsync(ShapeFixtures.Definition("region-tableau"));

        Assert.Equal(
            [
                ("Soutien aux projets jeunesse", "5 janvier 2026", "16 février 2026", "10 000 €", "Jeunesse", "Associations"),
                ("Éducation populaire", "5 janvier 2026", "16 février 2026", "7 500 €", "Jeunesse", "Associations"),
                ("Culture dans les territoires", "1er mars 2026", "30 avril 2026", "20 000 €", "Culture", "Associations"),
                ("Sport-santé", "Sport — dépôt possible toute l'année", "31 décembre 2026", "5 000 €", "Sport — dépôt possible toute l'année", "Clubs et associations sportives"),
            ],
            calls.Select(c => (c.Title, c.OpeningText!, c.DeadlineText!, c.AmountText!, c.ThemesText!, c.BeneficiariesText!)));
        Assert.Equal("https://www.grandest.fr/aides/education-populaire", calls[1].Url.AbsoluteUri);
        Assert.Equal(0, diagnostics.ItemsWithMissingFields);
    }

    [Theory]
    [InlineData(0, 0, "A")]
    [InlineData(1, 0, "A")]
    [InlineData(1, 1, "C")]
    [InlineData(1, 2, "Y")]
    [InlineData(2, 0, "D")]
    [InlineData(2, 1, "D")]
    [InlineData(2, 2, "Y")]
    public void Spans_fill_every_slot_they_cover(int row, int column, string expected)
    {
        using var document = new HtmlParser().ParseDocument("""
            <table>
              <tr><td rowspan="2">A</td><td>X</td><td rowspan="0">Y</td></tr>
              <tr><td>C</td></tr>
              <tr><td colspan="2">D</td></tr>
            </table>
            """);
        var grid = TableGrid.Of((IHtmlTableElement)document.QuerySelector("table")!);

        // A covers two rows, so C starts at column 1; rowspan="0" runs to the last row; D covers two columns.
        Assert.Equal(expected, grid.Cell(row, column)?.TextContent);
    }
}

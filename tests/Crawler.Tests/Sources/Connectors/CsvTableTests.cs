using Plateforme.Crawler.Sources.Csv;

namespace Plateforme.Crawler.Tests.Sources.Connectors;

public sealed class CsvTableTests
{
    [Fact]
    public void Quoted_fields_keep_separators_line_breaks_and_doubled_quotes()
    {
        var table = CsvTable.Parse("a,b,c\r\n\"x, y\",\"deux\r\nlignes\",\"dit \"\"oui\"\"\"\r\n");

        Assert.Equal(["a", "b", "c"], table.Headers);
        Assert.Equal(["x, y", "deux\r\nlignes", "dit \"oui\""], Assert.Single(table.Rows));
    }

    [Theory]
    [InlineData("nom;date;montant\nA;1;2", ';')]
    [InlineData("nom,date,montant\nA,1,2", ',')]
    [InlineData("nom\tdate\nA\t1", '\t')]
    [InlineData("\"nom;complet\",date,montant\nA,1,2", ',')]
    [InlineData("seule\nA", ',')]
    public void The_separator_is_the_most_frequent_one_outside_quotes_in_the_header(string text, char expected)
    {
        Assert.Equal(expected, CsvTable.Parse(text).Separator);
    }

    [Fact]
    public void Padded_headers_match_trimmed_names_and_blank_lines_are_skipped()
    {
        var table = CsvTable.Parse("\uFEFF Titre ; Date limite \n\nUn;01/02/2026\n\n");

        var row = Assert.Single(table.Rows);
        Assert.Equal("Un", table.Cell(row, "titre"));
        Assert.Equal("01/02/2026", table.Cell(row, "Date limite"));
        Assert.Null(table.Cell(row, "absente"));
    }

    [Fact]
    public void A_last_line_without_line_break_and_short_rows_are_kept()
    {
        var table = CsvTable.Parse("a,b,c\n1,2");

        var row = Assert.Single(table.Rows);
        Assert.Equal("2", table.Cell(row, "b"));
        Assert.Null(table.Cell(row, "c"));
    }
}

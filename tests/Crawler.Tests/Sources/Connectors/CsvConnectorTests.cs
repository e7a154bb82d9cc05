using Plateforme.Crawler.Sources.Definitions;
using Plateforme.Crawler.Tests.Sources.Support;

namespace Plateforme.Crawler.Tests.Sources.Connectors;

public sealed class CsvConnectorTests : IDisposable
{
    private readonly SourceHarness _harness = new(new FixtureSite(), TestDefinitions.Root);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Semicolon_files_with_a_bom_are_read_by_column_name()
    {
        _harness.Site.Serve("/export.csv", "\uFEFFTitre;Date limite ;Lien\n\"Appel ; avec point-virgule\";15/01/2026;/aap/1\nSans lien;;\n", "text/csv; charset=utf-8");
        var definition = TestDefinitions.Of(SourceKind.Csv, "/export.csv") with
        {
            DateFormat = "dd/MM/yyyy",
            Fields = new FieldMap { Title = "titre", Deadline = "Date limite", Link = "Lien" },
        };

        var (calls, diagnostics) = await _harness.ReadAsync(definition);

        Assert.Equal(["Appel ; avec point-virgule", "Sans lien"], calls.Select(c => c.Title));
        Assert.Equal("15/01/2026", calls[0].DeadlineText);
        Assert.Equal("https://aap.exemple.fr/aap/1", calls[0].Url.AbsoluteUri);
        Assert.Equal("https://aap.exemple.fr/export.csv", calls[1].Url.AbsoluteUri);
        Assert.Equal("dd/MM/yyyy", calls[1].NumericDateFormat);
        Assert.Equal(1, diagnostics.ItemsWithMissingFields);
    }

    [Fact]
    public async Task Mapped_columns_absent_from_the_file_are_reported()
    {
        _harness.Site.Serve("/export.csv", "titre,date\nUn,2026-01-01\n", "text/csv");
        var definition = TestDefinitions.Of(SourceKind.Csv, "/export.csv") with
        {
            Fields = new FieldMap { Title = "titre", Deadline = "date_limite" },
        };

        var (calls, diagnostics) = await _harness.ReadAsync(definition);

        Assert.Single(calls);
        Assert.Equal("https://aap.exemple.fr/export.csv : colonnes absentes du fichier : « date_limite ».", Assert.Single(diagnostics.Errors));
    }
}

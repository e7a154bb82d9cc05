namespace Plateforme.Crawler.Tests.Sources.Shapes;

/// <summary>Open data with amounts in cents or k€, date and hour in two fields, titles in two parts, a recurrence.</summary>
public sealed class JsonAndCsvFieldsTests
{
    [Fact]
    public async Task Json_fields_are_joined_by_templates_and_amounts_converted_from_cents()
    {
        using var harness = ShapeFixtures.Harness("opendata-json");

        var (calls, diagnostics) = await harness.ReadAsync(ShapeFixtures.Definition("opendata-json"));

        Assert.Equal(
            [
                ("Fonds ESS – Amorçage des projets d'économie sociale et solidaire", "2026-04-30 à 12:00", "15 000 €", "Récurrente"),
                ("Plan climat – Initiatives citoyennes pour le climat", "2026-03-20", "5 000,50 €", "Ponctuelle"),
            ],
            calls.Take(2).Select(c => (c.Title, c.DeadlineText!, c.AmountText!, c.RecurrenceText!)));
        Assert.Equal("https://www.lillemetropole.fr/aides/mel-2026-ess", calls[0].Url.AbsoluteUri);
        Assert.Equal("Économie sociale et solidaire, Emploi", calls[0].ThemesText);
        Assert.Empty(diagnostics.Errors);
    }

    [Fact]
    public async Task A_json_item_with_neither_date_nor_hour_has_no_deadline_text_and_keeps_its_recurrence()
    {
        using var harness = ShapeFixtures.Harness("opendata-json");

        var (calls, _) = await harness.ReadAsync(ShapeFixtures.Definition("opendata-json"));

        var permanent = Assert.Single(calls, c => c.ExternalId == "mel-permanent-sport");
        Assert.Null(permanent.DeadlineText);
        Assert.Equal("Permanente", permanent.RecurrenceText);
        Assert.Equal("3 000 €", permanent.AmountText);
    }

    [Fact]
    public async Task Csv_columns_are_joined_by_templates_and_amounts_converted_from_thousands()
    {
        using var harness = ShapeFixtures.Harness("opendata-csv");

        var (calls, diagnostics) = await harness.ReadAsync(ShapeFixtures.Definition("opendata-csv"));

        Assert.Equal(
            [
                ("Skoaz : Soutien aux fédérations associatives", "31/03/2026 17h00", "45 000 €", "Annuelle"),
                ("Breizh Cop : Initiatives associatives pour la transition", "15/05/2026", "12 500 €", "Ponctuelle"),
                ("Langue bretonne : Aide aux associations de promotion du breton", null, "8 000 €", "Permanente"),
            ],
            calls.Select(c => (c.Title, c.DeadlineText, c.AmountText!, c.RecurrenceText!)));
        Assert.Equal("https://www.bretagne.bzh/aides/skoaz/", calls[0].Url.AbsoluteUri);
        Assert.Equal("dd/MM/yyyy", calls[0].NumericDateFormat);
        Assert.Empty(diagnostics.Errors);
    }
}

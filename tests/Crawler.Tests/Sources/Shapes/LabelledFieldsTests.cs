namespace Plateforme.Crawler.Tests.Sources.Shapes;

/// <summary>A département's aid pages: the same fields written as dt/dd, as a key/value table, as bold labels.</summary>
public sealed class LabelledFieldsTests : IDisposable
{
    private readonly Support.SourceHarness _harness = ShapeFixtures.Harness("departement-fiches");

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task The_dd_after_the_matching_dt_is_the_value_whatever_the_accents_case_and_colon()
    {
        var (calls, diagnostics) = await _harness.ReadAsync(ShapeFixtures.Definition("departement-fiches"));

        var call = calls.Single(c => c.Title == "Fonds départemental pour la vie locale");
        Assert.Equal("Vendredi 27 mars 2026 à 12h", call.DeadlineText);
        Assert.Equal("2 février 2026", call.OpeningText);
        Assert.Equal("De 500 € à 3 000 €, dans la limite de 50 % du budget du projet", call.AmountText);
        Assert.Equal("Associations dont le siège est dans l'Oise", call.BeneficiariesText);
        Assert.Equal("Direction de la vie associative — vie.asso@oise.fr", call.ContactText);
        Assert.Equal("https://demarches.oise.fr/fonds-vie-locale", call.ApplicationUrl?.AbsoluteUri);
        Assert.Empty(diagnostics.Errors);
    }

    [Fact]
    public async Task A_row_header_of_a_key_value_table_labels_the_cells_after_it()
    {
        var (calls, _) = await _harness.ReadAsync(ShapeFixtures.Definition("departement-fiches"));

        var call = calls.Single(c => c.Title == "Aide à l'emploi associatif");
        Assert.Equal("30/09/2026", call.DeadlineText);
        Assert.Equal("12 000 € par an pendant 2 ans", call.AmountText);
        Assert.Equal("Associations employant moins de 3 salariés", call.BeneficiariesText);
        Assert.Equal("https://demarches.oise.fr/emploi-associatif", call.ApplicationUrl?.AbsoluteUri);
        Assert.Null(call.OpeningText);
    }

    [Fact]
    public async Task A_bold_label_gives_the_text_after_it_or_the_next_block_when_it_stands_alone()
    {
        var (calls, _) = await _harness.ReadAsync(ShapeFixtures.Definition("departement-fiches"));

        var call = calls.Single(c => c.Title == "Sport pour tous");
        Assert.Equal("jusqu'à 8 000 €.", call.AmountText);
        Assert.Equal("clubs et comités sportifs affiliés.", call.BeneficiariesText);
        Assert.Equal("15 mai 2026", call.DeadlineText);
    }
}

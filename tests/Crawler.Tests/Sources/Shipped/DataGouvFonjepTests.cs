using Plateforme.Crawler.Tests.Sources.Support;

namespace Plateforme.Crawler.Tests.Sources.Shipped;

public sealed class DataGouvFonjepTests : IDisposable
{
    private readonly SourceHarness _harness = new(new FixtureSite().ServeFixture("data-gouv-fonjep-aap"), "https://www.data.gouv.fr");

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Is_shipped_disabled_until_its_resource_address_is_confirmed()
    {
        Assert.False(_harness.Definition("data-gouv-fonjep-aap").Enabled);
        Assert.DoesNotContain(_harness.Registry.Enabled, d => d.Id == "data-gouv-fonjep-aap");

        var (calls, _) = await _harness.ReadAsync("data-gouv-fonjep-aap");
        Assert.Equal(3, calls.Count);
    }

    [Fact]
    public async Task Reads_quoted_rows_padded_headers_and_carries_the_us_date_format()
    {
        var (calls, diagnostics) = await _harness.ReadAsync("data-gouv-fonjep-aap");

        var fonjep = calls[0];
        Assert.Equal("AAP-2026-001", fonjep.ExternalId);
        Assert.Equal("Fonds de coopération de la jeunesse et de l'éducation populaire (FONJEP), postes 2026", fonjep.Title);
        Assert.Equal("https://www.fonjep.org/postes-2026", fonjep.Url.AbsoluteUri);
        Assert.Equal("03/15/2026", fonjep.DeadlineText);
        Assert.Equal("MM/dd/yyyy", fonjep.NumericDateFormat);
        Assert.Equal("Aide au financement de postes d'animateurs, \"poste FONJEP\" renouvelable.", fonjep.SummaryHtml);
        Assert.Contains("\"intitule\":\"Fonds de coopération", fonjep.RawPayload, StringComparison.Ordinal);

        var colos = calls[1];
        Assert.Equal("Séjours de vacances \"Colos apprenantes\"", colos.Title);
        Assert.Equal("04/30/2026 ; 09/30/2026", colos.DeadlineText);
        Assert.Equal("2.200.000 €", colos.AmountText);
        Assert.Equal("Deux sessions :\r\nprintemps et automne, dossiers, pièces et budget à joindre.", colos.SummaryHtml);

        Assert.Equal("https://www.data.gouv.fr/fr/datasets/service-civique-rural", calls[2].Url.AbsoluteUri);
        Assert.Contains("une ligne sans titre a été ignorée", Assert.Single(diagnostics.Errors), StringComparison.Ordinal);
        Assert.Equal(4, diagnostics.ItemsFound);
    }
}

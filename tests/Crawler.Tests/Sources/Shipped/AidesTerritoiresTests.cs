using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Tests.Sources.Support;

namespace Plateforme.Crawler.Tests.Sources.Shipped;

public sealed class AidesTerritoiresTests : IDisposable
{
    private readonly SourceHarness _harness = new(new FixtureSite().ServeFixture("aides-territoires"), "https://aides-territoires.beta.gouv.fr");

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Follows_next_until_it_is_null()
    {
        var (calls, diagnostics) = await _harness.ReadAsync("aides-territoires");

        Assert.Equal(["164503", "98811", "152090"], calls.Select(c => c.ExternalId));
        Assert.Equal(2, diagnostics.PagesFetched);
        Assert.Equal("dernière page (pas de page suivante)", diagnostics.PagingStopReason);
        Assert.Empty(diagnostics.Errors);
        Assert.All(_harness.Fetcher.Requests, r => Assert.Equal("application/json", r.Accept));
    }

    [Fact]
    public async Task Maps_the_aid_fields_in_the_source_words()
    {
        var (calls, _) = await _harness.ReadAsync("aides-territoires");

        var youth = calls[0];
        Assert.Equal("Soutenir les projets associatifs en faveur de la jeunesse", youth.Title);
        Assert.Equal("https://aides-territoires.beta.gouv.fr/aides/9b3e-soutenir-les-projets-associatifs-en-faveur-de-la-jeunesse/", youth.Url.AbsoluteUri);
        Assert.Equal("https://www.somme.fr/appels-a-projets/jeunesse-2026/", youth.OriginUrl?.AbsoluteUri);
        Assert.Equal("https://demarches.somme.fr/aap-jeunesse-2026", youth.ApplicationUrl?.AbsoluteUri);
        Assert.Equal("2026-03-15", youth.DeadlineText);
        Assert.Equal("2026-01-05", youth.OpeningText);
        Assert.Equal("yyyy-MM-dd", youth.NumericDateFormat);
        Assert.Equal(["Département de la Somme", "Caisse d'allocations familiales de la Somme"], youth.FunderNames);
        Assert.Equal("AAP Jeunesse", youth.ShortTitle);
        Assert.Null(youth.SummaryHtml);
        Assert.StartsWith("<p><strong>Direction de la jeunesse et des sports</strong>", youth.ContactHtml, StringComparison.Ordinal);
        Assert.Null(youth.ContactText);
        Assert.Equal("2026-02-13", youth.PreDepositText);
        Assert.Equal(["fonctionnement", "investissement"], youth.DestinationSlugs);
        Assert.Equal(["Petites villes de demain", "Action cœur de ville"], youth.ProgrammeNames);
        Assert.Equal("Département", youth.PerimeterScale);
        Assert.False(youth.IsCharged);
        Assert.Null(youth.EuropeanAid);
        Assert.Equal(new DateTimeOffset(2026, 1, 6, 9, 15, 2, TimeSpan.FromHours(1)), youth.SourceUpdatedAt);
        Assert.Equal("Somme", youth.TerritoryText);
        Assert.Equal("Association", youth.BeneficiariesText);
        Assert.Equal("Subvention", youth.AidTypeText);
        Assert.Null(youth.ThemesText);
        Assert.Equal(
            [
                new SourceCategory("Solidarités / lien social", "Jeunesse"),
                new SourceCategory("Culture et identité collective / patrimoine / sports", "Sports et loisirs"),
                new SourceCategory("Développement économique / production et consommation", "Innovation, créativité et recherche"),
            ],
            youth.Categories);
        Assert.Equal("Taux de subvention : jusqu'à 80 %. Plafond de 5 000 € par projet", youth.AmountText);
        Assert.Equal("Ponctuelle", youth.RecurrenceText);
        Assert.True(youth.IsCallForProjects);
        Assert.StartsWith("<p>Associations loi 1901", youth.EligibilityText, StringComparison.Ordinal);
        Assert.Contains("\"slug\":\"9b3e-soutenir-les-projets-associatifs-en-faveur-de-la-jeunesse\"", youth.RawPayload, StringComparison.Ordinal);

        Assert.Equal("Taux de subvention : de 20 % à 80 %", calls[1].AmountText);
        Assert.Equal(["Ministère de l'Éducation nationale et de la Jeunesse", "Service départemental à la jeunesse, à l'engagement et aux sports (SDJES)"], calls[1].FunderNames);
        Assert.Null(calls[1].ContactHtml);
        Assert.Null(calls[1].ProjectExamplesHtml);
    }

    [Fact]
    public async Task A_permanent_loan_without_deadline_or_perimeter_is_kept_and_counted_as_incomplete()
    {
        var (calls, diagnostics) = await _harness.ReadAsync("aides-territoires");

        var loan = calls[2];
        Assert.Null(loan.DeadlineText);
        Assert.Null(loan.TerritoryText);
        Assert.Null(loan.OriginUrl);
        Assert.Equal("Montant du prêt : 30000 €", loan.AmountText);
        Assert.False(loan.IsCallForProjects);
        Assert.Equal("Permanente", loan.RecurrenceText);
        Assert.Equal(1, diagnostics.ItemsWithMissingFields);
        Assert.True(loan.IsCharged);
        Assert.Equal("organizational", loan.EuropeanAid);
        Assert.Equal(["LEADER"], loan.ProgrammeNames);
        Assert.Equal("Ces données sont mises à disposition par France Active.", loan.AttributionMention);
        Assert.Equal("openlicence20", loan.AttributionLicence);
        Assert.Equal("https://www.franceactive.org/opendata/prets-solidaires.csv", loan.AttributionUrl?.AbsoluteUri);
        Assert.Null(loan.SourceUpdatedAt);
    }
}

using Plateforme.Crawler.Tests.Sources.Support;

namespace Plateforme.Crawler.Tests.Sources.Shipped;

public sealed class IleDeFranceOpenDataTests : IDisposable
{
    private readonly SourceHarness _harness = new(new FixtureSite().ServeFixture("ile-de-france-aides-opendata"), "https://data.iledefrance.fr");

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Pages_by_offset_until_an_empty_result_list()
    {
        var (calls, diagnostics) = await _harness.ReadAsync("ile-de-france-aides-opendata");

        Assert.Equal(["IDF-AAP-0412", "IDF-AAP-0418", "IDF-AAP-0420"], calls.Select(c => c.ExternalId));
        Assert.Equal(
            ["limit=20&offset=0", "limit=20&offset=20", "limit=20&offset=40"],
            _harness.Site.RequestedPaths.Select(p => p.Split('?')[1]));
        Assert.Equal("page sans élément", diagnostics.PagingStopReason);
    }

    [Fact]
    public async Task Maps_fields_by_json_path_and_keeps_malformed_dates_as_written()
    {
        var (calls, diagnostics) = await _harness.ReadAsync("ile-de-france-aides-opendata");

        var solidarity = calls[0];
        Assert.Equal("Soutien régional aux associations de solidarité", solidarity.Title);
        Assert.Equal("https://www.iledefrance.fr/aides-et-appels-a-projets/soutien-associations-solidarite", solidarity.Url.AbsoluteUri);
        Assert.Equal("2026-03-31T23:59:00+02:00", solidarity.DeadlineText);
        Assert.Equal("Association, Fondation", solidarity.BeneficiariesText);
        Assert.Equal("Région Île-de-France", solidarity.FunderText);

        Assert.Equal("https://data.iledefrance.fr/aides-et-appels-a-projets/sport-handicap", calls[1].Url.AbsoluteUri);
        Assert.Equal("2022-07-28T11: 40: 47+02: 00", calls[1].DeadlineText);
        Assert.Equal("20260430", calls[2].DeadlineText);
        Assert.Equal(1, diagnostics.ItemsWithMissingFields);
        Assert.Equal(1, diagnostics.MissingByField["Beneficiaries"]);
    }
}

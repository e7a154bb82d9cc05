using Microsoft.Extensions.Time.Testing;
using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Tests.Sources.Support;
using Plateforme.Search.Reference;
using Xunit.Abstractions;

namespace Plateforme.Crawler.Tests.Extraction;

/// <summary>Every shipped source, read from its fixture site, goes through the normaliser: the two halves fit.</summary>
public sealed class ShippedSourcesNormalizationTests(ITestOutputHelper output)
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 1, 10, 8, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("aides-territoires", "https://aides-territoires.beta.gouv.fr")]
    [InlineData("appelaprojets", "https://www.appelaprojets.org")]
    [InlineData("data-gouv-fonjep-aap", "https://www.data.gouv.fr")]
    [InlineData("departement-somme", "https://www.somme.fr")]
    [InlineData("fondation-de-france", "https://www.fondationdefrance.org")]
    [InlineData("ile-de-france-aides-opendata", "https://data.iledefrance.fr")]
    [InlineData("region-hauts-de-france", "https://www.hautsdefrance.fr")]
    [InlineData("region-nouvelle-aquitaine", "https://les-aides.nouvelle-aquitaine.fr")]
    [InlineData("ville-amiens", "https://www.amiens.fr")]
    public async Task Every_fixture_call_normalises_into_catalogue_values(string sourceId, string publicRoot)
    {
        using var harness = new SourceHarness(new FixtureSite().ServeFixture(sourceId), publicRoot);
        var definition = harness.Definition(sourceId);
        var (calls, _) = await harness.ReadAsync(definition);
        var context = new SourceContext(sourceId, definition.Funder.Slug, definition.DefaultTerritory, definition.Licence);
        var normalizer = new CallNormalizer(Clock);

        var normalized = calls.Select(c => normalizer.Normalize(c, context)).ToList();

        Assert.NotEmpty(normalized);
        foreach (var call in normalized)
        {
            output.WriteLine($"{call.Title} | {call.Deadline} {call.DeadlineTime} {call.Recurrence} | {call.MinAmountCents}-{call.MaxAmountCents} {call.RateMaxPercent}% env {call.EnvelopeCents} | {call.Territory} | {string.Join(',', call.Themes)} | {string.Join(',', call.Beneficiaries)} | {string.Join(',', call.Warnings.Select(w => w.Code))}");
            Assert.False(string.IsNullOrWhiteSpace(call.Title));
            Assert.True(TerritoryCode.TryParse(call.Territory, out var territory) && TerritoryDirectory.Default.IsKnown(territory), call.Territory);
            Assert.NotEmpty(call.Funders);
            Assert.DoesNotContain("<script", call.DescriptionHtml ?? "", StringComparison.OrdinalIgnoreCase);
            Assert.True(call.Fingerprint.Length <= 400);
        }
        // The fixtures imitate real listings: most calls state a deadline or say they are permanent.
        Assert.True(normalized.Count(c => c.Deadline is not null || c.Recurrence == Search.Catalogue.Recurrence.Permanent) * 2 >= normalized.Count);
    }
}

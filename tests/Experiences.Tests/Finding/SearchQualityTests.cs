using Plateforme.Experiences.Finding;
using Plateforme.Experiences.Sheets;
using Plateforme.Experiences.Tests.Support;

namespace Plateforme.Experiences.Tests.Finding;

/// <summary>
/// French queries in the seed documents' own words find the right reference sheets first; the filters narrow by
/// territory with its ancestry, theme, category and carrier type.
/// </summary>
public sealed class SearchQualityTests(SeededBase seeded) : IClassFixture<SeededBase>
{
    private readonly SheetBase store = seeded.Store;
    private readonly ExperienceIndex index = seeded.Index;

    [Theory]
    [InlineData("boutique à l'essai", "Ma Boutique à l'Essai à Saint-Chamond")]
    [InlineData("hôtels d'entreprises Amiens Nord", "« Place aux entreprises »")]
    [InlineData("autopartage de véhicules électriques", "Totem Mobi")]
    [InlineData("micro-recyclerie", "R3, le Réseau de Réemploi")]
    [InlineData("economie circulaire", "R3, le Réseau de Réemploi")]
    [InlineData("apprendre le code informatique", "Simplon Roubaix")]
    [InlineData("crèche insertion des parents", "La crèche « Les Lucioles »")]
    [InlineData("prêt de véhicules permis", "Wimoov")]
    [InlineData("franchise quartiers faible apport", "Impact Partenaires")]
    [InlineData("coworking artisans d'art", "La Co-fabrik")]
    [InlineData("Beaudottes", "Business Open Space")]
    [InlineData("exclusion bancaire buralistes", "Le Compte Nickel")]
    public async Task A_query_in_the_seeds_words_finds_its_sheet_first(string query, string expectedTitleStart)
    {
        var result = await index.SearchAsync(new ExperienceQuery { Text = query });

        Assert.NotEmpty(result.Hits);
        Assert.StartsWith(expectedTitleStart, result.Hits[0].Sheet.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_word_must_be_found()
    {
        var result = await index.SearchAsync(new ExperienceQuery { Text = "autopartage crèche" });

        Assert.Equal(0, result.Total);
    }

    [Fact]
    public async Task A_departement_finds_the_sheets_of_its_communes_and_a_region_those_of_its_departements()
    {
        var somme = await index.SearchAsync(new ExperienceQuery { Territory = "dep:80", PageSize = 100 });
        var hautsDeFrance = await index.SearchAsync(new ExperienceQuery { Territory = "reg:32", PageSize = 100 });

        Assert.True(somme.Total >= 6);
        Assert.All(somme.Hits, h => Assert.Contains("dep:80", ExperiencePlaces.PathOf(h.Sheet)));
        Assert.Contains(hautsDeFrance.Hits, h => h.Sheet.Title.StartsWith("La Co-fabrik", StringComparison.Ordinal));
        Assert.Contains(hautsDeFrance.Hits, h => h.Sheet.Title.Contains("Place aux entreprises", StringComparison.Ordinal));
        Assert.DoesNotContain(hautsDeFrance.Hits, h => h.Sheet.Title.StartsWith("Totem Mobi", StringComparison.Ordinal));
        Assert.Contains(hautsDeFrance.Departements, f => f.Value == "dep:59" && f.Label == "Nord");
    }

    [Fact]
    public async Task Theme_category_and_carrier_filters_combine_and_the_facets_count_what_is_found()
    {
        var all = await index.SearchAsync(new ExperienceQuery());
        var mobility = await index.SearchAsync(new ExperienceQuery { Themes = ["mobilite"], PageSize = 100 });
        var associationsInMobility = await index.SearchAsync(new ExperienceQuery { Themes = ["mobilite"], Carrier = "association" });
        var social = await index.SearchAsync(new ExperienceQuery { Innovation = "sociale", PageSize = 100 });

        Assert.Equal(all.Themes.Single(f => f.Value == "mobilite").Count, mobility.Total);
        Assert.Contains(mobility.Hits, h => h.Sheet.Title.StartsWith("Totem Mobi", StringComparison.Ordinal));
        Assert.StartsWith("Wimoov", Assert.Single(associationsInMobility.Hits).Sheet.Title, StringComparison.Ordinal);
        Assert.All(social.Hits, h => Assert.Equal(InnovationCategory.Social, h.Sheet.Innovation));
        Assert.Equal("Innovation sociale", all.Innovations.Single(f => f.Value == "sociale").Label);
    }

    [Fact]
    public async Task Similar_experiences_of_a_business_incubator_are_other_business_premises_of_the_region()
    {
        var all = await index.SearchAsync(new ExperienceQuery { PageSize = 100 });
        var cci = all.Hits.Single(h => h.Sheet.Title.StartsWith("Trois pépinières", StringComparison.Ordinal)).Sheet;

        var similar = await index.SimilarAsync(cci, 4);

        Assert.Equal(4, similar.Count);
        Assert.DoesNotContain(similar, s => s.Id == cci.Id);
        Assert.Contains(similar, s => s.Title.Contains("Place aux entreprises", StringComparison.Ordinal));
        Assert.Contains(similar, s => s.Title.StartsWith("La pépinière de Beauvais", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sheet_published_after_the_first_search_is_found_at_once()
    {
        // Its own base: publishing into the shared one would change what the other tests find.
        await using var store = await SheetBase.SqliteAsync();
        using var index = new ExperienceIndex(store.Sheets);
        await index.SearchAsync(new ExperienceQuery());
        var member = new ExperienceActor(Guid.NewGuid(), [], false);
        var moderator = new ExperienceActor(Guid.NewGuid(), [], true);
        var draft = (await store.Sheets.SaveDraftAsync(null, SheetBase.Input("Une conciergerie solidaire de quartier"), member)).Sheet!;
        await store.Sheets.SubmitAsync(draft.Id, member);
        await store.Sheets.PublishAsync(draft.Id, moderator);

        var result = await index.SearchAsync(new ExperienceQuery { Text = "conciergerie" });

        Assert.Equal(draft.Id, Assert.Single(result.Hits).Sheet.Id);
    }
}

using Microsoft.EntityFrameworkCore;
using Plateforme.Experiences.Seeding;
using Plateforme.Experiences.Sheets;
using Plateforme.Experiences.Tests.Support;

namespace Plateforme.Experiences.Tests.Seeding;

/// <summary>The base starts with the real experiences of the seed documents, each citing its source, seeded once.</summary>
public sealed class ReferenceSheetTests
{
    [Fact]
    public async Task The_first_start_publishes_at_least_thirty_sheets_each_citing_its_document()
    {
        await using var store = await SheetBase.SqliteAsync();

        var added = await store.Seeder.SeedAsync();

        var published = await store.Sheets.PublishedAsync();
        Assert.True(added >= 30, $"{added} sheets seeded");
        Assert.Equal(added, published.Count);
        Assert.All(published, s => Assert.Contains(s.Source, SeedSource.All.Select(x => x.Citation)));
        Assert.All(published, s => Assert.False(s.ContactsPublic));
        var amiens = Assert.Single(published, s => s.Title.Contains("Place aux entreprises", StringComparison.Ordinal));
        Assert.Equal("com:80021", amiens.TerritoryCode);
        Assert.Equal("Quartier Nord", amiens.Neighbourhood);
        Assert.Contains("3 600 €", amiens.MeansAndCosts, StringComparison.Ordinal);
        Assert.Contains("IREV", amiens.Source, StringComparison.Ordinal);
        // Every CGET case study named in the synthesis' annex is there.
        foreach (var name in new[] { "Totem Mobi", "Novaedia", "Wimoov", "R3", "StudiObjet", "Simplon", "Lucioles", "Coursive Boutaric", "Nouvelle Cour" })
            Assert.Contains(published, s => s.Title.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seeding_again_adds_nothing_and_keeps_a_contributors_edit()
    {
        await using var store = await SheetBase.SqliteAsync();
        await store.Seeder.SeedAsync();
        var wimoov = (await store.Sheets.PublishedAsync()).Single(s => s.Title.StartsWith("Wimoov", StringComparison.Ordinal));
        var moderator = new ExperienceActor(Guid.NewGuid(), [], IsModerator: true);
        await store.Sheets.SaveDraftAsync(wimoov.Id, ExperienceInput.From(wimoov) with { Results = "Résultats mis à jour." }, moderator);

        var addedAgain = await store.Seeder.SeedAsync();

        Assert.Equal(0, addedAgain);
        Assert.Equal("Résultats mis à jour.", (await store.Sheets.FindAsync(wimoov.Id))!.Results);
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(ReferenceSheets.All.Count, await db.Experiences.CountAsync());
    }

    [Fact]
    public async Task Sheets_drawn_from_documents_older_than_two_years_are_to_be_updated()
    {
        await using var store = await SheetBase.SqliteAsync();
        await store.Seeder.SeedAsync();

        var published = await store.Sheets.PublishedAsync();

        Assert.All(published, s => Assert.True(Freshness.NeedsUpdate(s.LastReviewedOn, DateOnly.FromDateTime(SheetBase.Now.UtcDateTime))));
    }
}

using System.Text;
using Plateforme.Experiences.Import;
using Plateforme.Experiences.Sheets;
using Plateforme.Experiences.Tests.Support;

namespace Plateforme.Experiences.Tests.Import;

/// <summary>A uMap export (GeoJSON, uMap's Markdown-like descriptions) previewed with its duplicates, then imported as drafts.</summary>
public sealed class UmapImportTests
{
    private static FileStream Fixture() => File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", "umap-club-dev-eco.geojson"));

    [Fact]
    public async Task The_preview_reads_names_descriptions_links_and_points_and_points_out_duplicates()
    {
        await using var store = await SheetBase.SqliteAsync();
        await store.Seeder.SeedAsync();
        var importer = new UmapImporter(store.Sheets);
        await using var export = Fixture();

        var candidates = await importer.PreviewAsync(export);

        Assert.Equal(4, candidates.Count);
        Assert.StartsWith("Wimoov :", candidates[0].Duplicate?.Title, StringComparison.Ordinal);
        var shop = candidates[1];
        Assert.Null(shop.Duplicate);
        Assert.Equal("Épicerie solidaire du quartier Nord", shop.Input.Title);
        Assert.Equal("Commerce de proximité\nUne épicerie solidaire tenue par des habitants.", shop.Input.Context);
        Assert.Equal("https://exemple.fr/epicerie", shop.Input.Links);
        Assert.Equal((49.91946, 2.30094), (shop.Input.Latitude!.Value, shop.Input.Longitude!.Value));
        Assert.StartsWith("Ce point n'a pas de nom", Assert.Single(candidates[2].Problems), StringComparison.Ordinal);
        Assert.Null(candidates[3].Input.Latitude);
    }

    [Fact]
    public async Task Importing_creates_drafts_of_the_new_features_only_and_they_must_be_completed_before_submitting()
    {
        await using var store = await SheetBase.SqliteAsync();
        await store.Seeder.SeedAsync();
        var importer = new UmapImporter(store.Sheets);
        var admin = new ExperienceActor(Guid.NewGuid(), [], IsModerator: true);
        await using var export = Fixture();
        var candidates = await importer.PreviewAsync(export);

        var created = await importer.ImportAsync(candidates, admin);

        Assert.Equal(2, created);
        var drafts = (await store.Sheets.EditableByAsync(admin)).Where(s => s.State == ExperienceState.Draft).ToList();
        Assert.Equal(["Épicerie solidaire du quartier Nord", "Un parcours de la ressourcerie mobile"], drafts.Select(d => d.Title));
        var submitted = await store.Sheets.SubmitAsync(drafts[0].Id, admin);
        Assert.False(submitted.Succeeded);
        Assert.Contains(submitted.Problems, p => p.StartsWith("Choisissez au moins une thématique", StringComparison.Ordinal));
        await using var sameExport = Fixture();
        var again = await importer.PreviewAsync(sameExport);
        Assert.All(again.Where(c => c.Problems.Count == 0), c => Assert.NotNull(c.Duplicate));
    }

    [Fact]
    public async Task A_file_that_is_not_a_umap_export_gets_a_french_message()
    {
        await using var store = await SheetBase.SqliteAsync();
        var importer = new UmapImporter(store.Sheets);

        var notJson = await Assert.ThrowsAsync<UmapFormatException>(() => importer.PreviewAsync(new MemoryStream(Encoding.UTF8.GetBytes("nom;description"))));
        var noFeatures = await Assert.ThrowsAsync<UmapFormatException>(() => importer.PreviewAsync(new MemoryStream(Encoding.UTF8.GetBytes("{\"type\":\"Feature\"}"))));

        Assert.StartsWith("Ce fichier n'est pas un export GeoJSON de uMap", notJson.Message, StringComparison.Ordinal);
        Assert.Contains("features", noFeatures.Message, StringComparison.Ordinal);
    }
}

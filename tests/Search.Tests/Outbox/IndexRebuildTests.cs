using Microsoft.EntityFrameworkCore;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Tests.Store;

namespace Plateforme.Search.Tests.Outbox;

/// <summary>The index is derived: whatever happens to its folder, the database brings it back.</summary>
public abstract class IndexRebuildTests : CatalogueTestBase
{
    private readonly string _indexFolder = Path.Combine(Path.GetTempPath(), "plateforme-index-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task Rebuild_indexes_every_published_call_and_nothing_else()
    {
        await SeedCatalogueAsync();
        using var pipeline = Pipeline();

        var count = await pipeline.Rebuilder.RebuildAsync();

        Assert.Equal(3, count);
        Assert.Equal(3, pipeline.Index.Health().DocumentCount);
        Assert.Equal(1, pipeline.Find("photovoltaïque"));
        Assert.Equal(0, pipeline.Find("brouillon"));
    }

    [Fact]
    public async Task A_deleted_index_folder_is_rebuilt_at_start()
    {
        await SeedCatalogueAsync();
        using (var first = Pipeline()) await first.StartupCheck.RunAsync();
        Directory.Delete(_indexFolder, recursive: true);

        using var pipeline = Pipeline();
        var rebuilt = await pipeline.StartupCheck.RunAsync();

        Assert.True(rebuilt);
        Assert.Equal(3, pipeline.Index.Health().DocumentCount);
        Assert.Equal(1, pipeline.Find("photovoltaïque"));
    }

    [Fact]
    public async Task A_corrupted_index_folder_is_rebuilt_at_start()
    {
        await SeedCatalogueAsync();
        using (var first = Pipeline()) await first.StartupCheck.RunAsync();
        foreach (var file in Directory.GetFiles(_indexFolder))
        {
            await File.WriteAllBytesAsync(file, Enumerable.Repeat((byte)0x5A, (int)new FileInfo(file).Length).ToArray());
        }

        using var pipeline = Pipeline();
        var rebuilt = await pipeline.StartupCheck.RunAsync();

        Assert.True(rebuilt);
        Assert.Equal(3, pipeline.Index.Health().DocumentCount);
        Assert.Equal(1, pipeline.Find("photovoltaïque"));
    }

    [Fact]
    public async Task The_startup_check_rebuilds_when_counts_differ_and_not_otherwise()
    {
        await SeedCatalogueAsync();
        using (var first = Pipeline()) Assert.True(await first.StartupCheck.RunAsync());
        using (var second = Pipeline()) Assert.False(await second.StartupCheck.RunAsync());

        // A call published while its outbox row went missing (an index restored from an old backup, a manual SQL fix).
        await SaveAsync(Published("velo", "Aide à l'achat de vélos cargo"));
        await using (var db = NewContext()) await db.IndexOutbox.ExecuteDeleteAsync();

        using var pipeline = Pipeline();
        var rebuilt = await pipeline.StartupCheck.RunAsync();

        Assert.True(rebuilt);
        Assert.Equal(4, pipeline.Index.Health().DocumentCount);
        Assert.Equal(1, pipeline.Find("vélos cargo"));
    }

    [Fact]
    public async Task The_startup_check_replays_the_outbox_before_comparing_counts()
    {
        await SeedCatalogueAsync();
        using (var first = Pipeline()) await first.StartupCheck.RunAsync();
        await SaveAsync(Published("velo", "Aide à l'achat de vélos cargo"));

        using var pipeline = Pipeline();
        var rebuilt = await pipeline.StartupCheck.RunAsync();

        Assert.False(rebuilt);
        Assert.Equal(4, pipeline.Index.Health().DocumentCount);
        await using var db = NewContext();
        Assert.Equal(0, await db.IndexOutbox.CountAsync());
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_indexFolder)) Directory.Delete(_indexFolder, recursive: true);
    }

    private IndexPipeline Pipeline() => new(CatalogueDbContext.Store.CreateFactory(Provider, ConnectionString), _indexFolder);

    private async Task SeedCatalogueAsync()
    {
        await MigrateAsync();
        await SaveAsync(
            Published("solaire", "Installations photovoltaïques des collectivités"),
            Published("insertion", "Insertion professionnelle des jeunes"),
            Published("culture", "Résidences d'artistes en milieu rural"),
            TestCalls.Draft("brouillon"));
    }

    private static FundingCall Published(string slug, string title)
    {
        var call = TestCalls.Published(slug);
        call.Title = title;
        return call;
    }
}

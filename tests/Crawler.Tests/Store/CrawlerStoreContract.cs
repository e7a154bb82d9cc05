using Microsoft.EntityFrameworkCore;
using Plateforme.Crawler.Fetching;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler.Tests.Store;

/// <summary>The same behaviours checked on SQLite and on PostgreSQL.</summary>
public abstract class CrawlerStoreContract
{
    protected abstract Task<TestDatabase> CreateAsync();

    [Fact]
    public async Task The_model_has_no_change_without_a_migration()
    {
        using var database = await CreateAsync();
        await using var db = await database.Crawler.CreateDbContextAsync();

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Shipped_definitions_are_stored_at_start_and_read_back_identical()
    {
        using var database = await CreateAsync();

        var stored = await database.Definitions().LoadAllAsync();

        var files = SourceRegistry.Load().All;
        Assert.Equal(files.Select(d => d.Id), stored.Select(d => d.Id));
        Assert.Equal(files.Select(SourceDefinitionStore.Serialize), stored.Select(SourceDefinitionStore.Serialize));
    }

    [Fact]
    public async Task An_admin_edit_survives_a_restart_with_an_older_file_but_a_newer_file_replaces_it()
    {
        using var database = await CreateAsync();
        var store = database.Definitions();
        var file = SourceRegistry.Load().Find("ville-amiens")!;

        var edited = await store.SaveEditAsync(file with { Schedule = "0 0 7 * * ?" }, "admin:7");
        await database.MigrateAsync();

        Assert.Equal(2, edited.Revision);
        Assert.Equal("0 0 7 * * ?", (await store.FindAsync("ville-amiens"))!.Schedule);

        var newerFiles = new SourceRegistry(SourceRegistry.Load().All.Select(d => d.Id == "ville-amiens" ? d with { Revision = 3, Schedule = "0 0 8 * * ?" } : d));
        await database.Definitions(newerFiles).SyncFromFilesAsync();
        Assert.Equal("0 0 8 * * ?", (await store.FindAsync("ville-amiens"))!.Schedule);
    }

    [Fact]
    public async Task Validators_are_kept_per_url_and_replaced_by_the_latest()
    {
        using var database = await CreateAsync();
        var store = new EfValidatorStore(database.Crawler, database.Clock);
        var url = new Uri("https://www.somme.fr/aides?page=2");
        var lastModified = new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);

        Assert.Null(await store.GetAsync(url, CancellationToken.None));
        await store.SaveAsync(url, new CacheValidators("\"v1\"", null), CancellationToken.None);
        await store.SaveAsync(url, new CacheValidators("\"v2\"", lastModified), CancellationToken.None);

        Assert.Equal(new CacheValidators("\"v2\"", lastModified), await store.GetAsync(url, CancellationToken.None));
        Assert.Null(await store.GetAsync(new Uri("https://www.somme.fr/aides"), CancellationToken.None));
    }

    [Fact]
    public async Task A_run_is_stored_with_its_counts_and_french_errors_and_found_as_the_latest()
    {
        using var database = await CreateAsync();
        await using (var db = await database.Crawler.CreateDbContextAsync())
        {
            db.CrawlRuns.Add(new CrawlRun { SourceId = "ville-amiens", StartedAt = database.Clock.GetUtcNow().AddDays(-1), Outcome = CrawlRunOutcome.Failed });
            db.CrawlRuns.Add(new CrawlRun
            {
                SourceId = "ville-amiens",
                StartedAt = database.Clock.GetUtcNow(),
                EndedAt = database.Clock.GetUtcNow().AddSeconds(3),
                Outcome = CrawlRunOutcome.PartiallySucceeded,
                ItemsFound = 4,
                CallsCreated = 3,
                Errors = ["https://www.amiens.fr/x : échec du téléchargement (HTTP 404)."],
            });
            await db.SaveChangesAsync();
        }

        var latest = (await new CrawlRunHistory(database.Crawler).LatestRunsAsync())["ville-amiens"];

        Assert.Equal(CrawlRunOutcome.PartiallySucceeded, latest.Outcome);
        Assert.Equal(3, latest.CallsCreated);
        Assert.Equal(database.Clock.GetUtcNow(), latest.StartedAt);
        Assert.Contains("échec du téléchargement", Assert.Single(latest.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Source_statuses_carry_the_health_of_each_source_from_its_stored_runs()
    {
        using var database = await CreateAsync();
        var now = database.Clock.GetUtcNow();
        await using (var db = await database.Crawler.CreateDbContextAsync())
        {
            var day = 0;
            foreach (var items in new[] { 10, 11, 9, 3 })
            {
                db.CrawlRuns.Add(new CrawlRun { SourceId = "ville-amiens", StartedAt = now.AddDays(-10 + day++), EndedAt = now, Outcome = CrawlRunOutcome.Succeeded, Complete = true, ItemsFound = items });
            }

            for (var i = 3; i > 0; i--)
            {
                db.CrawlRuns.Add(new CrawlRun { SourceId = "appelaprojets", StartedAt = now.AddDays(-i), EndedAt = now, Outcome = CrawlRunOutcome.Failed, Errors = [$"erreur {i}"] });
            }

            db.CrawlRuns.Add(new CrawlRun { SourceId = "departement-somme", StartedAt = now.AddMinutes(-5), Outcome = CrawlRunOutcome.Running });
            db.ItemPresence.Add(new SourceItemPresence { SourceId = "ville-amiens", ExternalId = "x", Url = "https://www.amiens.fr/x", LinkDeadSince = now, LinkStatusCode = 410 });
            await db.SaveChangesAsync();
        }

        var query = new Plateforme.Crawler.Health.SourceStatusQuery(
            database.Definitions(), new CrawlRunHistory(database.Crawler), new Plateforme.Crawler.Pipeline.RunningSources(), database.Crawler, database.Clock);
        var statuses = (await query.AllAsync()).ToDictionary(s => s.Definition.Id);
        var amiens = await query.FindAsync("ville-amiens");

        Assert.Equal(SourceRegistry.Load().All.Count, statuses.Count);
        Assert.Equal((Plateforme.Crawler.Health.SourceHealthState.DecliningYield, 3, 1), (statuses["ville-amiens"].Health.State, statuses["ville-amiens"].LastRun!.ItemsFound, statuses["ville-amiens"].DeadLinkCount));
        Assert.Equal(Plateforme.Crawler.Health.SourceHealthState.Failing, statuses["appelaprojets"].Health.State);
        Assert.EndsWith("dernière erreur : erreur 1", statuses["appelaprojets"].Health.Reason, StringComparison.Ordinal);
        Assert.Equal((Plateforme.Crawler.Health.SourceHealthState.NeverRun, true, null), (statuses["departement-somme"].Health.State, statuses["departement-somme"].Running, statuses["departement-somme"].LastRun));
        Assert.Equal(Plateforme.Crawler.Health.SourceHealthState.Disabled, statuses["data-gouv-fonjep-aap"].Health.State);
        Assert.Equal([3, 9, 11, 10], amiens!.Runs.Select(r => r.ItemsFound));
        Assert.Equal(410, Assert.Single(amiens.DeadLinks).LinkStatusCode);
        Assert.Null(await query.FindAsync("inconnue"));
    }
}

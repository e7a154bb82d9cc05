using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Data;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;
using Plateforme.Search.Tests.Store;
using Xunit.Abstractions;

namespace Plateforme.Search.Tests.Outbox;

/// <summary>End to end on the real module (SQLite file, Lucene folder): a commit reaches search results fast.</summary>
public sealed class NearRealTimeVisibilityTests(ITestOutputHelper output)
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_committed_call_is_searchable_and_an_unpublished_one_gone_within_one_second()
    {
        await using var host = await StartedHostAsync();
        var index = host.Services.GetRequiredService<ISearchIndex>();

        var appeared = await TimeUntilAsync(() => SaveInScopeAsync(host, Published("tiers-lieux", "Tiers-lieux numériques en zone rurale")),
            () => Count(index, "tiers-lieux numériques") == 1);
        var disappeared = await TimeUntilAsync(() => UnpublishInScopeAsync(host, "tiers-lieux"),
            () => Count(index, "tiers-lieux numériques") == 0);

        output.WriteLine($"Visible after {appeared.TotalMilliseconds:0} ms, gone after {disappeared.TotalMilliseconds:0} ms.");
        Assert.True(appeared < OneSecond, $"The new call became searchable after {appeared.TotalMilliseconds:0} ms.");
        Assert.True(disappeared < OneSecond, $"The unpublished call left the results after {disappeared.TotalMilliseconds:0} ms.");
    }

    [Fact]
    public async Task A_change_committed_by_another_process_is_found_by_the_poll()
    {
        await using var host = await StartedHostAsync();
        var index = host.Services.GetRequiredService<ISearchIndex>();
        var connectionString = $"Data Source={Path.Combine(host.Folder, "data", "plateforme.db")}";

        // Without the host's services the save cannot wake the indexer, like a standalone crawler.
        var elapsed = await TimeUntilAsync(
            async () =>
            {
                await using var crawler = CatalogueDbContext.Store.CreateContext(DatabaseProvider.Sqlite, connectionString);
                crawler.FundingCalls.Add(Published("moulins", "Restauration des moulins à eau"));
                await crawler.SaveChangesAsync();
            },
            () => Count(index, "moulins") == 1);

        output.WriteLine($"Found through the poll after {elapsed.TotalMilliseconds:0} ms.");
        Assert.True(elapsed < OneSecond * 2.5, $"Found after {elapsed.TotalMilliseconds:0} ms, the poll runs every second.");
    }

    private static async Task<SearchTestHost> StartedHostAsync()
    {
        var host = SearchTestHost.Build(new Dictionary<string, string?> { ["Search:DemoData:Enabled"] = "false" });
        await host.Host.StartAsync();
        // Warm-up, untimed: waits for the startup check and pays the first-use costs.
        var index = host.Services.GetRequiredService<ISearchIndex>();
        await SaveInScopeAsync(host, Published("echauffement", "Échauffement du moteur"));
        await Eventually.TrueAsync(() => Count(index, "échauffement") == 1, "the warm-up call to be searchable");
        return host;
    }

    private static async Task<TimeSpan> TimeUntilAsync(Func<Task> change, Func<bool> visible)
    {
        var watch = Stopwatch.StartNew();
        await change();
        // A fixed, short interval: the tests measure how soon the change shows, not only that it does.
        await Eventually.TrueAsync(visible, "the change to show in search", TimeSpan.FromSeconds(10), interval: TimeSpan.FromMilliseconds(5));

        return watch.Elapsed;
    }

    private static async Task SaveInScopeAsync(SearchTestHost host, FundingCall call)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        db.FundingCalls.Add(call);
        await db.SaveChangesAsync();
    }

    private static async Task UnpublishInScopeAsync(SearchTestHost host, string slug)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        (await db.FundingCalls.SingleAsync(c => c.Slug == slug)).State = ModerationState.Rejected;
        await db.SaveChangesAsync();
    }

    private static int Count(ISearchIndex index, string text) =>
        index.Search(new SearchQuery { Text = text, Today = new DateOnly(2026, 11, 23), IncludeFacets = false }).Total;

    private static FundingCall Published(string slug, string title)
    {
        var call = TestCalls.Published(slug);
        call.Title = title;
        return call;
    }
}

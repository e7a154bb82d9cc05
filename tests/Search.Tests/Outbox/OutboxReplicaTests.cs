using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Plateforme.Data;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;
using Plateforme.Search.Outbox;
using Plateforme.Search.Reference;
using Plateforme.Search.Tests.Store;

namespace Plateforme.Search.Tests.Outbox;

/// <summary>
/// Lucene replicas of the multi-node mode: two nodes' drainers on one catalogue, each with its own index and its
/// own position file, on a clock the test moves.
/// </summary>
public sealed class OutboxReplicaTests : CatalogueTestBase
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(7);
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly string folder = Directory.CreateTempSubdirectory("plateforme-replica-").FullName;

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    [Fact]
    public async Task Each_node_indexes_every_change_and_the_rows_stay_for_the_others()
    {
        await MigrateAsync();
        var (a, indexA, _) = Node("a");
        var (b, indexB, _) = Node("b");
        var call = TestCalls.Published("partagee");
        await SaveNowAsync(call);

        await a.DrainAsync();
        await b.DrainAsync();

        Assert.Contains(call.Id, indexA.Committed.Keys);
        Assert.Contains(call.Id, indexB.Committed.Keys);
        Assert.Single(await OutboxCallIdsAsync());
    }

    [Fact]
    public async Task A_row_is_applied_once_even_before_it_settles_and_a_restarted_node_goes_on_from_its_position()
    {
        await MigrateAsync();
        var (a, _, _) = Node("a");
        await SaveNowAsync(TestCalls.Published("premiere"));
        Assert.Equal(1, await a.DrainAsync());
        Assert.Equal(0, await a.DrainAsync());

        clock.Advance(OutboxReplica.Settle + TimeSpan.FromSeconds(1));
        Assert.Equal(0, await a.DrainAsync());
        await SaveNowAsync(TestCalls.Published("seconde"));
        var (restarted, fresh, replica) = Node("a");

        Assert.Equal(1, await restarted.DrainAsync());
        Assert.Equal(["seconde"], fresh.Committed.Values.Select(d => d.Slug));
        Assert.False(replica.IsStale);
    }

    [Fact]
    public async Task Rows_older_than_the_retention_are_pruned_and_a_node_away_longer_must_rebuild()
    {
        await MigrateAsync();
        var (a, _, _) = Node("a");
        await SaveNowAsync(TestCalls.Published("ancienne"));
        clock.Advance(OutboxReplica.Settle + TimeSpan.FromSeconds(1));
        await a.DrainAsync();

        clock.Advance(Retention + TimeSpan.FromHours(1));
        await SaveNowAsync(TestCalls.Published("nouvelle"));
        var (b, _, _) = Node("b");
        await b.DrainAsync();

        Assert.Single(await OutboxCallIdsAsync());
        Assert.True(Node("a").Replica.IsStale, "Node a's position predates the pruned rows: its index must be rebuilt at start.");
        Assert.False(Node("b").Replica.IsStale);
    }

    /// <summary>Saves as a web node would, its outbox rows stamped by the test's clock.</summary>
    private async Task SaveNowAsync(FundingCall call)
    {
        await using var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).BuildServiceProvider();
        await using var db = NewContext(services);
        db.Add(call);
        await db.SaveChangesAsync();
    }

    public override Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return base.DisposeAsync();
    }

    private (OutboxDrainer Drainer, FakeSearchIndex Index, OutboxReplica Replica) Node(string name)
    {
        var index = new FakeSearchIndex();
        var replica = new OutboxReplica(enabled: true, Path.Combine(folder, name + ".outbox-position"), Retention, clock);
        var documents = new CallDocumentBuilder(TerritoryDirectory.Default, ThemeTaxonomy.Default, ReferenceLists.Default);
        var drainer = new OutboxDrainer(CatalogueDbContext.Store.CreateFactory(Provider, ConnectionString), index, documents,
            new IndexWriteLock(), replica, NullLogger<OutboxDrainer>.Instance);
        return (drainer, index, replica);
    }
}

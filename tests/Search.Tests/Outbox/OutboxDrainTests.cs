using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;
using Plateforme.Search.Outbox;
using Plateforme.Search.Reference;
using Plateforme.Search.Tests.Store;

namespace Plateforme.Search.Tests.Outbox;

/// <summary>The drain logic against a stand-in index, on each provider (see the two subclasses).</summary>
public abstract class OutboxDrainTests : CatalogueTestBase
{
    private readonly IndexWriteLock _writeLock = new();
    private readonly FakeSearchIndex _index = new();

    [Fact]
    public async Task Drain_indexes_published_calls_removes_the_others_and_empties_the_outbox()
    {
        await MigrateAsync();
        var published = TestCalls.Published("publie");
        var draft = TestCalls.Draft("brouillon");
        var withdrawn = TestCalls.Published("retire");
        await SaveAsync(published, draft, withdrawn);
        await using (var db = NewContext())
        {
            (await db.FundingCalls.SingleAsync(c => c.Slug == "retire")).State = ModerationState.Rejected;
            await db.SaveChangesAsync();
        }

        var processed = await Drainer().DrainAsync();

        Assert.Equal(4, processed);
        Assert.Equal([published.Id], _index.Committed.Keys);
        Assert.Contains(draft.Id, _index.Deleted);
        Assert.Contains(withdrawn.Id, _index.Deleted);
        Assert.Empty(await OutboxCallIdsAsync());
    }

    [Fact]
    public async Task A_deleted_call_leaves_the_index()
    {
        await MigrateAsync();
        var call = TestCalls.Published("ephemere");
        await SaveAsync(call);
        await Drainer().DrainAsync();
        await using (var db = NewContext())
        {
            db.FundingCalls.Remove(await db.FundingCalls.SingleAsync());
            await db.SaveChangesAsync();
        }

        await Drainer().DrainAsync();

        Assert.Empty(_index.Committed);
        Assert.Contains(call.Id, _index.Deleted);
    }

    [Fact]
    public async Task Documents_carry_the_funder_names_from_the_database()
    {
        await MigrateAsync();
        var call = TestCalls.Published("cofinance", "region-hdf", "inconnu");
        await SaveAsync(TestCalls.Funder("region-hdf", "Région Hauts-de-France"), call);

        await Drainer().DrainAsync();

        Assert.Equal(
            [new LabelledValue("region-hdf", "Région Hauts-de-France"), new LabelledValue("inconnu", "inconnu")],
            _index.Committed[call.Id].Funders);
    }

    [Fact]
    public async Task Rows_written_during_a_drain_stay_for_the_next_one()
    {
        await MigrateAsync();
        await SaveAsync(TestCalls.Published("avant"));
        var during = TestCalls.Published("pendant");
        _index.DuringUpsert = async () =>
        {
            _index.DuringUpsert = null;
            await SaveAsync(during);
        };

        await Drainer().DrainAsync();

        Assert.Equal([during.Id], await OutboxCallIdsAsync());
        await Drainer().DrainAsync();
        Assert.True(_index.Committed.ContainsKey(during.Id));
        Assert.Empty(await OutboxCallIdsAsync());
    }

    [Fact]
    public async Task A_failing_index_keeps_the_rows_until_a_later_drain_succeeds()
    {
        await MigrateAsync();
        var call = TestCalls.Published("tenace");
        await SaveAsync(call);
        _index.FailingCommits = 1;

        await Assert.ThrowsAsync<IOException>(() => Drainer().DrainAsync());
        Assert.Equal([call.Id], await OutboxCallIdsAsync());

        await Drainer().DrainAsync();
        Assert.True(_index.Committed.ContainsKey(call.Id));
        Assert.Empty(await OutboxCallIdsAsync());
    }

    [Fact]
    public async Task A_long_outbox_is_drained_in_batches()
    {
        await MigrateAsync();
        await SaveAsync(Enumerable.Range(1, 5).Select(i => (object)TestCalls.Published($"lot-{i}")).ToArray());

        var processed = await Drainer(batchSize: 2).DrainAsync();

        Assert.Equal(5, processed);
        Assert.Equal(5, _index.Committed.Count);
        Assert.Equal(3, _index.Commits);
        Assert.Empty(await OutboxCallIdsAsync());
    }

    [Fact]
    public async Task Rows_left_by_a_previous_run_are_applied_when_the_indexer_starts()
    {
        await MigrateAsync();
        // A previous process committed these changes and stopped before indexing them.
        var calls = new[] { TestCalls.Published("reste-1"), TestCalls.Published("reste-2") };
        await SaveAsync(calls);
        using var indexer = Indexer();

        await indexer.StartAsync(CancellationToken.None);
        await indexer.StopAsync(CancellationToken.None);

        Assert.Equal(calls.Select(c => c.Id).Order(), _index.Committed.Keys.Order());
        Assert.Empty(await OutboxCallIdsAsync());
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    [InlineData(6, 30)]
    [InlineData(50, 30)]
    public void Retries_wait_longer_after_each_failure_up_to_thirty_seconds(int failures, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxIndexer.BackOff(failures));
    }

    private OutboxDrainer Drainer(int batchSize = OutboxDrainer.DefaultBatchSize) =>
        new(Contexts(), _index, Documents(), _writeLock, NullLogger<OutboxDrainer>.Instance) { BatchSize = batchSize };

    private OutboxIndexer Indexer()
    {
        var rebuilder = new IndexRebuilder(Contexts(), _index, Documents(), _writeLock, NullLogger<IndexRebuilder>.Instance);
        var check = new IndexStartupCheck(Contexts(), _index, Drainer(), rebuilder, NullLogger<IndexStartupCheck>.Instance);
        return new OutboxIndexer(Drainer(), check, new IndexOutboxSignal(), NullLogger<OutboxIndexer>.Instance);
    }

    private IDbContextFactory<CatalogueDbContext> Contexts() => CatalogueDbContext.Store.CreateFactory(Provider, ConnectionString);

    private static CallDocumentBuilder Documents() => new(TerritoryDirectory.Default, ThemeTaxonomy.Default, ReferenceLists.Default);
}

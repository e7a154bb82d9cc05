using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Outbox;
using Plateforme.Search.Tests.Store;

namespace Plateforme.Search.Tests.Outbox;

/// <summary>Every committed change to a call leaves an outbox row in the same transaction, and only then.</summary>
public abstract class OutboxWritingTests : CatalogueTestBase
{
    [Fact]
    public async Task Adding_changing_and_deleting_a_call_each_enqueue_it()
    {
        await MigrateAsync();
        var call = TestCalls.Published("insertion");

        await SaveAsync(call);
        await using (var db = NewContext())
        {
            (await db.FundingCalls.SingleAsync()).Title = "Insertion, édition 2027";
            await db.SaveChangesAsync();
        }

        await using (var db = NewContext())
        {
            db.FundingCalls.Remove(await db.FundingCalls.SingleAsync());
            await db.SaveChangesAsync();
        }

        Assert.Equal([call.Id, call.Id, call.Id], await OutboxCallIdsAsync());
    }

    [Fact]
    public async Task Changing_a_list_of_slugs_alone_enqueues_the_call()
    {
        await MigrateAsync();
        var call = TestCalls.Published("liste");
        await SaveAsync(call);

        await using (var db = NewContext())
        {
            (await db.FundingCalls.SingleAsync()).Themes.Add("culture");
            await db.SaveChangesAsync();
        }

        Assert.Equal([call.Id, call.Id], await OutboxCallIdsAsync());
    }

    [Fact]
    public async Task Renaming_a_funder_enqueues_the_calls_naming_it_and_no_other()
    {
        await MigrateAsync();
        var named = TestCalls.Published("avec-region", "region-hdf");
        var coFunded = TestCalls.Published("cofinance", "departement-somme", "region-hdf");
        var other = TestCalls.Published("autre", "departement-somme");
        await SaveAsync(TestCalls.Funder("region-hdf", "Région HDF"), named, coFunded, other);
        await ClearOutboxAsync();

        await using (var db = NewContext())
        {
            (await db.Funders.SingleAsync(f => f.Slug == "region-hdf")).Name = "Région Hauts-de-France";
            await db.SaveChangesAsync();
        }

        Assert.Equal(new[] { named.Id, coFunded.Id }.Order(), (await OutboxCallIdsAsync()).Order());
    }

    [Fact]
    public async Task A_failing_save_writes_no_outbox_row_and_leaves_none_for_the_next_save()
    {
        await MigrateAsync();
        await SaveAsync(TestCalls.Published("pris"));
        await ClearOutboxAsync();
        await using var db = NewContext();
        var duplicate = TestCalls.Draft("pris");
        db.FundingCalls.Add(duplicate);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Empty(await OutboxCallIdsAsync());

        db.Entry(duplicate).State = EntityState.Detached;
        var valid = TestCalls.Draft("libre");
        db.FundingCalls.Add(valid);
        await db.SaveChangesAsync();
        Assert.Equal([valid.Id], await OutboxCallIdsAsync());
    }

    [Fact]
    public async Task A_rolled_back_transaction_leaves_no_outbox_row()
    {
        await MigrateAsync();
        await using var db = NewContext();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.FundingCalls.Add(TestCalls.Published("annule"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Empty(await OutboxCallIdsAsync());
        Assert.Equal(0, await NewContext().FundingCalls.CountAsync());
    }

    [Fact]
    public async Task A_save_wakes_the_indexer_but_inside_a_transaction_only_at_commit()
    {
        await MigrateAsync();
        var signal = new IndexOutboxSignal();
        await using var services = new ServiceCollection().AddSingleton(signal).BuildServiceProvider();

        await using (var db = NewContext(services))
        {
            db.FundingCalls.Add(TestCalls.Published("direct"));
            await db.SaveChangesAsync();
        }

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, TimeProvider.System, CancellationToken.None));

        await using (var db = NewContext(services))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.FundingCalls.Add(TestCalls.Published("en-transaction"));
            await db.SaveChangesAsync();
            Assert.False(await signal.WaitAsync(TimeSpan.Zero, TimeProvider.System, CancellationToken.None));

            await transaction.CommitAsync();
        }

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, TimeProvider.System, CancellationToken.None));
    }

    private async Task ClearOutboxAsync()
    {
        await using var db = NewContext();
        await db.IndexOutbox.ExecuteDeleteAsync();
    }
}

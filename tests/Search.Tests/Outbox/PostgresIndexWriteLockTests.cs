using Npgsql;
using Plateforme.Search.Outbox;
using Plateforme.Search.Tests.Store;
using Plateforme.Testing;

namespace Plateforme.Search.Tests.Outbox;

/// <summary>
/// With a shared index (Elasticsearch, several web nodes) one node at a time feeds it: two <see cref="IndexWriteLock"/>
/// instances stand for two nodes, each with its own process-local gate, so only the PostgreSQL advisory lock keeps
/// them apart.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresIndexWriteLockTests(ThrowawayPostgres postgres)
{
    // Long enough for a wrongly granted lock to show on a loaded machine, short enough to keep the test fast.
    private static readonly TimeSpan StillWaiting = TimeSpan.FromMilliseconds(700);
    private static readonly TimeSpan Granted = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_second_node_waits_while_the_first_feeds_the_index_and_gets_the_turn_when_it_releases()
    {
        var database = await postgres.CreateDatabaseAsync();
        using var nodeA = new IndexWriteLock(database);
        using var nodeB = new IndexWriteLock(database);

        var heldByA = await nodeA.AcquireAsync(CancellationToken.None);
        var waitingB = nodeB.AcquireAsync(CancellationToken.None);
        Assert.False(await CompletesWithinAsync(waitingB, StillWaiting), "Node B got the index while node A held it.");

        heldByA.Dispose();
        Assert.True(await CompletesWithinAsync(waitingB, Granted), "Node B never got the index after node A released it.");
        using var heldByB = await waitingB;

        // And the other way round: A now waits for B.
        var waitingA = nodeA.AcquireAsync(CancellationToken.None);
        Assert.False(await CompletesWithinAsync(waitingA, StillWaiting), "Node A got the index while node B held it.");
        heldByB.Dispose();
        Assert.True(await CompletesWithinAsync(waitingA, Granted), "Node A never got the index after node B released it.");
        (await waitingA).Dispose();
    }

    [Fact]
    public async Task When_the_first_node_loses_its_database_session_the_second_gets_the_turn()
    {
        var database = await postgres.CreateDatabaseAsync();
        using var nodeA = new IndexWriteLock(database);
        using var nodeB = new IndexWriteLock(database);

        // A's holder session is the one holding the advisory lock; ending it is what a node crashing mid-batch does.
        using var heldByA = await nodeA.AcquireAsync(CancellationToken.None);
        var holder = await AdvisoryLockHolderAsync(database);
        Assert.NotNull(holder);
        var waitingB = nodeB.AcquireAsync(CancellationToken.None);
        Assert.False(await CompletesWithinAsync(waitingB, StillWaiting), "Node B got the index while node A held it.");

        await using (var admin = new NpgsqlConnection(database))
        {
            await admin.OpenAsync();
            await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", admin);
            terminate.Parameters.AddWithValue("pid", holder.Value);
            Assert.Equal(true, await terminate.ExecuteScalarAsync());
        }

        Assert.True(await CompletesWithinAsync(waitingB, Granted), "Node B never got the index after node A's session died.");
        using var heldByB = await waitingB;
        var newHolder = await AdvisoryLockHolderAsync(database);
        Assert.NotNull(newHolder);
        Assert.NotEqual(holder, newHolder);
    }

    private static async Task<bool> CompletesWithinAsync(Task task, TimeSpan timeout) =>
        await Task.WhenAny(task, Task.Delay(timeout)) == task;

    /// <summary>The backend that holds a granted advisory lock on this database, if any.</summary>
    private static async Task<int?> AdvisoryLockHolderAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1",
            connection);
        return await query.ExecuteScalarAsync() as int?;
    }
}

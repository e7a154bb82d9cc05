using Npgsql;

namespace Plateforme.Search.Outbox;

/// <summary>
/// Drains and rebuilds take turns: a drain deleting a call while a rebuild re-adds the copy it read
/// a moment before would leave a withdrawn call searchable. With a shared index (Elasticsearch in the multi-node
/// mode) the turn is also taken across nodes, on a PostgreSQL advisory lock: one node at a time feeds the index.
/// </summary>
public sealed class IndexWriteLock : IDisposable
{
    /// <summary>Any fixed number: every node of one database agrees on it.</summary>
    private const long AdvisoryLockKey = 7_348_211_905_112_013;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string? _clusterConnectionString;

    public IndexWriteLock()
    {
    }

    /// <param name="clusterConnectionString">The shared PostgreSQL database, when the index is shared by several nodes.</param>
    public IndexWriteLock(string? clusterConnectionString)
    {
        // Its own unpooled connection: a pooled one returned with the lock still held would keep it.
        _clusterConnectionString = clusterConnectionString is null
            ? null
            : new NpgsqlConnectionStringBuilder(clusterConnectionString) { Pooling = false }.ConnectionString;
    }

    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (_clusterConnectionString is null) return new Release(_gate, null);
        var connection = new NpgsqlConnection(_clusterConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({AdvisoryLockKey})", connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new Release(_gate, connection);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            _gate.Release();
            throw;
        }
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Release(SemaphoreSlim gate, NpgsqlConnection? connection) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            // Closing the unpooled session ends it, and PostgreSQL releases its advisory locks with it.
            connection?.Dispose();
            gate.Release();
        }
    }
}

using Npgsql;

namespace Plateforme.Data.Cluster;

/// <summary>
/// Creates Quartz's qrtz_ tables (shared by the crawler's schedule and the once-across-nodes jobs) when missing, from quartz_tables_postgres.sql. Nodes starting together take turns
/// on an advisory lock, so the script runs with nobody else creating the same tables.
/// </summary>
public static class QuartzTables
{
    /// <summary>Any fixed number: all nodes of one database agree on it.</summary>
    private const long AdvisoryLockKey = 7_348_211_905_112_001;

    private const string ResourceName = "Plateforme.Data.Cluster.quartz_tables_postgres.sql";

    /// <summary>Creates the tables when missing; true when this call created them, false when they were there.</summary>
    public static async Task<bool> EnsureCreatedAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken).ConfigureAwait(false);
            try
            {
                // The script is idempotent and always runs: an index added to it later reaches existing databases.
                var existed = await LocksTableExistsAsync(connection, cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, ReadScript(), cancellationToken).ConfigureAwait(false);
                return !existed;
            }
            finally
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private static async Task<bool> LocksTableExistsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand("SELECT to_regclass('qrtz_locks') IS NOT NULL", connection);
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string ReadScript()
    {
        using var stream = typeof(QuartzTables).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The Quartz schema script {ResourceName} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

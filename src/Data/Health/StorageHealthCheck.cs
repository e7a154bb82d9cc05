using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Plateforme.Data.Health;

/// <summary>
/// "storage": the SQLite database's folder takes a write (a small probe file, written, flushed and removed), so a
/// full disk or a read-only file system makes the node unhealthy (503 on /health) before visitors meet it. Reads
/// may still work, which is why the database checks alone stay green. On PostgreSQL the server owns its disk: healthy.
/// </summary>
public sealed class StorageHealthCheck(DatabaseOptions database, string contentRoot) : IHealthCheck
{
    public const string Name = "storage";

    private const int ProbeBytes = 4096;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (database.Provider != DatabaseProvider.Sqlite || SqlitePaths.IsInMemory(database.ConnectionString))
        {
            return HealthCheckResult.Healthy("The database server manages its own storage.");
        }

        if (ReadOnlyStorage.StartedReadOnly)
        {
            return HealthCheckResult.Unhealthy("The SQLite database was opened read-only: its storage refused writes at start. Restart once it is writable.");
        }

        var file = new SqliteConnectionStringBuilder(SqlitePaths.Resolve(database.ConnectionString, contentRoot)).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        var probe = Path.Combine(folder, $".storage-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, ProbeBytes, FileOptions.WriteThrough);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(new byte[ProbeBytes], cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            var free = new DriveInfo(folder).AvailableFreeSpace;
            return HealthCheckResult.Healthy("The SQLite folder takes writes.", new Dictionary<string, object> { ["freeBytes"] = free });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The message may name a path: the type alone goes out with the description.
            return HealthCheckResult.Unhealthy($"The SQLite folder refuses writes (disk full or read-only): {exception.GetType().Name}.");
        }
        finally
        {
            TryDelete(probe);
        }
    }

    private static void TryDelete(string probe)
    {
        try
        {
            File.Delete(probe);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

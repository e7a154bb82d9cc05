using Microsoft.Data.Sqlite;

namespace Plateforme.Data.Health;

/// <summary>
/// A SQLite file on storage that refuses writes when the host starts (a file system remounted read-only after I/O
/// errors, a read-only volume). Left as is, SQLite cannot even read a WAL database there: it must create the
/// <c>-shm</c> index beside it, so every request failed. When the file was closed cleanly (no <c>-wal</c> to
/// replay), it is opened read-only and immutable instead: pages that only read keep working, every write fails
/// with SQLITE_READONLY (the French 503 page) and <c>/health</c> stays 503 until a restart on writable storage.
/// </summary>
public static class ReadOnlyStorage
{
    private static volatile bool startedReadOnly;

    /// <summary>Whether this process opened its SQLite file read-only because its storage refused writes at start.</summary>
    public static bool StartedReadOnly => startedReadOnly;

    /// <summary>The connection string to use: unchanged, unless the file exists, was closed cleanly, and its folder refuses writes.</summary>
    public static string Adapt(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.Mode == SqliteOpenMode.Memory || !Path.IsPathRooted(builder.DataSource)) return connectionString;
        var file = builder.DataSource;
        if (!File.Exists(file) || File.Exists(file + "-wal") || File.Exists(file + "-shm") || FolderTakesWrites(Path.GetDirectoryName(file)!)) return connectionString;

        startedReadOnly = true;
        builder.DataSource = "file:" + Uri.EscapeDataString(file).Replace("%2F", "/", StringComparison.Ordinal) + "?immutable=1";
        builder.Mode = SqliteOpenMode.ReadOnly;
        return builder.ConnectionString;
    }

    private static bool FolderTakesWrites(string folder)
    {
        var probe = Path.Combine(folder, $".write-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

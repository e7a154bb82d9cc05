using Microsoft.Data.Sqlite;
using Npgsql;

namespace Plateforme.Data.Health;

/// <summary>
/// Recognises a write refused by the storage itself — a full disk, a read-only file or file system, an I/O error —
/// rather than by the code: the site cannot record anything until an operator acts, and a visitor is told so (503).
/// </summary>
public static class StorageFailure
{
    // SQLite primary result codes: SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN.
    private static readonly HashSet<int> SqliteCodes = [8, 10, 13, 14];

    // PostgreSQL: disk_full, insufficient_resources, read_only_sql_transaction, io_error.
    private static readonly HashSet<string> PostgresStates = new(StringComparer.Ordinal) { "53100", "53000", "25006", "58030" };

    public static bool Is(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException sqlite when SqliteCodes.Contains(sqlite.SqliteErrorCode):
                case PostgresException postgres when PostgresStates.Contains(postgres.SqlState):
                case IOException io when IsNoSpaceOrReadOnly(io):
                    return true;
            }
        }

        return false;
    }

    // ENOSPC (28) and EROFS (30) on Linux, as .NET reports them in HResult's low word.
    private static bool IsNoSpaceOrReadOnly(IOException io) => (io.HResult & 0xFFFF) is 28 or 30 || io.HResult == unchecked((int)0x80070070);
}

using Microsoft.Data.Sqlite;

namespace Plateforme.Data;

/// <summary>Where a SQLite connection string points, and making sure the file can be created there.</summary>
public static class SqlitePaths
{
    /// <summary>
    /// A relative file is taken from the content root, not from the process's working folder, so `dotnet run`
    /// from anywhere opens the same file. Absolute paths and in-memory databases are returned untouched.
    /// </summary>
    public static string Resolve(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (IsInMemory(builder) || Path.IsPathRooted(builder.DataSource)) return connectionString;
        builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        return builder.ConnectionString;
    }

    public static bool IsInMemory(string connectionString) => IsInMemory(new SqliteConnectionStringBuilder(connectionString));

    /// <summary>Creates the folder of a SQLite file (SQLite creates the file, not its folder).</summary>
    public static void EnsureFolder(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (IsInMemory(builder)) return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }

    private static bool IsInMemory(SqliteConnectionStringBuilder builder) =>
        builder.Mode == SqliteOpenMode.Memory || string.IsNullOrWhiteSpace(builder.DataSource)
        || builder.DataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase);
}

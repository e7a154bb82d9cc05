using System.Globalization;

namespace Plateforme.Testing;

/// <summary>The folder holding initdb, pg_ctl and postgres: on the PATH, else the newest Debian install.</summary>
public sealed record PostgresBinaries(string Folder)
{
    private static readonly string[] Tools = ["initdb", "pg_ctl", "postgres"];

    public string InitDb => Path.Combine(Folder, "initdb");
    public string PgCtl => Path.Combine(Folder, "pg_ctl");

    public static PostgresBinaries Find()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasAllTools);
        if (onPath is not null) return new PostgresBinaries(onPath);

        // Debian keeps the server tools out of the PATH, one folder per major version.
        const string debianRoot = "/usr/lib/postgresql";
        var newest = Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(dir => (Version: MajorVersion(Path.GetFileName(dir)), Bin: Path.Combine(dir, "bin")))
                .Where(candidate => candidate.Version is not null && HasAllTools(candidate.Bin))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Bin)
                .FirstOrDefault()
            : null;
        return newest is not null ? new PostgresBinaries(newest) : throw new PostgresNotInstalledException();
    }

    private static bool HasAllTools(string folder) => Tools.All(tool => File.Exists(Path.Combine(folder, tool)));

    private static decimal? MajorVersion(string name) =>
        decimal.TryParse(name, NumberStyles.Number, CultureInfo.InvariantCulture, out var version) ? version : null;
}

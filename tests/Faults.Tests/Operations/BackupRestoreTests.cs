using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Plateforme.Data;
using Plateforme.Faults.Tests.Harness;
using Plateforme.Faults.Tests.Search;
using Plateforme.Lending.Store;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing.Lucene;

namespace Plateforme.Faults.Tests.Operations;

/// <summary>
/// The operator's backup and restore (infra/backup.sh, infra/restore.sh) against the throwaway PostgreSQL: back up,
/// wipe the database and the index, restore, and find the same data and an index rebuilt from it.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class BackupRestoreTests(FaultsFixture fixture)
{
    [Fact]
    public async Task A_backup_restored_into_a_wiped_database_gives_back_the_same_data_and_the_index_is_rebuilt_from_it()
    {
        await using var site = await FaultSite.PostgresAsync(fixture.Postgres);
        await site.Services.GetRequiredService<DatabaseMigrator<CatalogueDbContext>>().MigrateAsync();
        await site.Services.GetRequiredService<DatabaseMigrator<LendingDbContext>>().MigrateAsync();
        var catalogue = new CatalogueWrites(site);
        await catalogue.PublishAsync(30, perSave: 10);
        var before = await FingerprintAsync(site);

        var archive = (await RunAsync(site, Script("backup.sh"), Conninfo(site), Path.Combine(site.Folder, "backups"))).Trim();
        Assert.True(File.Exists(archive), $"No archive at {archive}.");

        await WipeAsync(site);
        Assert.Equal(0, await SchemaCountAsync(site));
        var index = Path.Combine(site.Folder, "index");
        if (Directory.Exists(index)) Directory.Delete(index, recursive: true);

        var restored = await RunAsync(site, Script("restore.sh"), Conninfo(site), archive, "--rebuild-index");
        Assert.Contains("Index reconstruit : 30 appels publiés.", restored, StringComparison.Ordinal);

        Assert.Equal(before, await FingerprintAsync(site));
        using var rebuilt = new LuceneSearchIndex(new LuceneIndexOptions { Path = index }, NullLogger<LuceneSearchIndex>.Instance);
        Assert.Equal(30, rebuilt.Health().DocumentCount);
    }

    private static string Script(string name) => Path.Combine(RepositoryPaths.Root, "infra", name);

    /// <summary>libpq's key=value form of the site's connection string, what pg_dump and pg_restore take.</summary>
    private static string Conninfo(FaultSite site)
    {
        var builder = new NpgsqlConnectionStringBuilder(site.Database.ConnectionString);
        return $"host={builder.Host} port={builder.Port} user={builder.Username} dbname={builder.Database}";
    }

    /// <summary>Every call's id, state and title, and the number of outbox rows and migrations applied.</summary>
    private static async Task<string> FingerprintAsync(FaultSite site)
    {
        var contexts = site.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var calls = await db.FundingCalls.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id + " " + c.State + " " + c.Title).ToListAsync();
        var migrations = (await db.Database.GetAppliedMigrationsAsync()).Count();
        return $"{string.Join('\n', calls)}\nfunders {await db.Funders.CountAsync()} outbox {await db.IndexOutbox.CountAsync()} migrations {migrations}";
    }

    private static async Task WipeAsync(FaultSite site)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(site.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DROP SCHEMA search, lending CASCADE";
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> SchemaCountAsync(FaultSite site)
    {
        await using var connection = new NpgsqlConnection(site.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM information_schema.schemata WHERE schema_name IN ('search', 'lending')";
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }

    /// <summary>Runs an infra script with the site's settings in its environment (restore runs the web host's rebuild-index) and the test server's PostgreSQL tools first on the path.</summary>
    private async Task<string> RunAsync(FaultSite site, string script, params string[] arguments)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepositoryPaths.WebOutput };
        info.ArgumentList.Add(script);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (key, value) in site.Environment()) info.Environment[key] = value;
        info.Environment["PATH"] = fixture.Postgres.BinariesFolder + ":" + Environment.GetEnvironmentVariable("PATH");
        info.Environment["PLATEFORME_WEB_DLL"] = RepositoryPaths.WebAssembly;
        using var process = Process.Start(info) ?? throw new InvalidOperationException("bash did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(script)} exited with {process.ExitCode}:\n{await output}\n{await errors}");
        return await output;
    }
}

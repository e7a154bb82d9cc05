using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Plateforme.Accounts.Store;
using Plateforme.Alerts.Store;
using Plateforme.Crawler.Store;
using Plateforme.Lending.Store;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Testing;

namespace Plateforme.Data.Tests;

/// <summary>The whole application: one "Database" setting moves every module's tables to PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class OneSettingTests(ThrowawayPostgres postgres) : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Database_Provider_PostgreSql_puts_every_module_in_its_own_schema_of_that_database()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Production");
            web.UseSetting("Database:Provider", "PostgreSql");
            web.UseSetting("Database:ConnectionString", connectionString);
            web.UseSetting("Search:Index:Path", _temp.File("index"));
            web.UseSetting("Search:DemoData:Enabled", "false");
            web.UseSetting("Crawler:Scheduling:Enabled", "false");
            web.UseSetting("Accounts:Mail:PickupFolder", _temp.File("mail"));
            web.UseSetting("Site:PublicAddress", "http://localhost");
        });

        // Starts the host: every module's migrations run.
        var services = app.Services;

        await using (var scope = services.CreateAsyncScope())
        {
            Assert.True(scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Database.IsNpgsql());
            Assert.True(scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Database.IsNpgsql());
        }

        Assert.True((await services.GetRequiredService<IDbContextFactory<LendingDbContext>>().CreateDbContextAsync()).Database.IsNpgsql());
        Assert.True((await services.GetRequiredService<IDbContextFactory<AlertsDbContext>>().CreateDbContextAsync()).Database.IsNpgsql());
        Assert.True((await services.GetRequiredService<IDbContextFactory<CrawlerDbContext>>().CreateDbContextAsync()).Database.IsNpgsql());
        var tables = await TablesBySchemaAsync(connectionString);
        Assert.Contains("FundingCalls", tables["search"]);
        Assert.Contains("__SearchMigrationsHistory", tables["search"]);
        Assert.Contains("Campaigns", tables["lending"]);
        Assert.Contains("__LendingMigrationsHistory", tables["lending"]);
        Assert.Contains("AccountUsers", tables["accounts"]);
        Assert.Contains("__AccountsMigrationsHistory", tables["accounts"]);
        Assert.Contains("__AlertsMigrationsHistory", tables["alerts"]);
        Assert.Contains("__CrawlerMigrationsHistory", tables["crawler"]);
        Assert.DoesNotContain("public", tables.Keys);
    }

    public void Dispose() => _temp.Dispose();

    private static async Task<Dictionary<string, List<string>>> TablesBySchemaAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await using (connection)
        {
            await connection.OpenAsync();
            var command = new NpgsqlCommand(
                "SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
                connection);
            await using (command)
            {
                var tables = new Dictionary<string, List<string>>();
                var reader = await command.ExecuteReaderAsync();
                await using (reader)
                {
                    while (await reader.ReadAsync())
                    {
                        var schema = reader.GetString(0);
                        if (!tables.TryGetValue(schema, out var names)) tables[schema] = names = [];
                        names.Add(reader.GetString(1));
                    }
                }

                return tables;
            }
        }
    }
}

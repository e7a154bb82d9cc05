using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Plateforme.Data;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Search.Tests.Store;

public sealed class SqliteSearchModuleTests : SearchModuleTests
{
    protected override Task<Dictionary<string, string?>> DatabaseSettingsAsync() =>
        Task.FromResult(new Dictionary<string, string?>());

    [Fact]
    public async Task Default_paths_live_under_the_content_root_and_their_folder_is_created()
    {
        await using var host = SearchTestHost.Build(new Dictionary<string, string?> { ["Search:DemoData:Enabled"] = "false" });

        await host.Host.StartAsync();

        Assert.True(File.Exists(Path.Combine(host.Folder, "data", "plateforme.db")));
        Assert.True(Directory.Exists(Path.Combine(host.Folder, "data", "index")));
        await using var scope = host.Services.CreateAsyncScope();
        Assert.IsType<SqliteCatalogueDbContext>(scope.ServiceProvider.GetRequiredService<CatalogueDbContext>());
    }

    [Fact]
    public async Task A_wrong_setting_stops_the_start()
    {
        await using var host = SearchTestHost.Build(new Dictionary<string, string?> { ["Search:DemoData:Count"] = "-5" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.Host.StartAsync());

        Assert.Contains("Search:DemoData", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_PostgreSql_provider_gives_the_PostgreSQL_context()
    {
        await using var host = SearchTestHost.Build(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=never_opened",
        });

        await using var scope = host.Services.CreateAsyncScope();

        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        Assert.IsType<PostgresCatalogueDbContext>(db);
        Assert.Equal(DatabaseProvider.PostgreSql, db.Provider);
    }
}

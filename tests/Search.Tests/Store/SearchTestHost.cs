using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Plateforme.DemoData;

namespace Plateforme.Search.Tests.Store;

/// <summary>A generic host with only the search module and its demo catalogue, its content root in a temporary folder.</summary>
internal sealed class SearchTestHost : IAsyncDisposable
{
    private SearchTestHost(IHost host, string folder)
    {
        Host = host;
        Folder = folder;
    }

    public IHost Host { get; }
    public string Folder { get; }
    public IServiceProvider Services => Host.Services;

    /// <summary>Builds the host; SQLite with the default relative paths unless the settings say otherwise.</summary>
    public static SearchTestHost Build(IDictionary<string, string?> settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "plateforme-host-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return Reopen(folder, settings);
    }

    /// <summary>A new host on a folder left by another (its database and index), as after a restart.</summary>
    public static SearchTestHost Reopen(string folder, IDictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = folder,
            DisableDefaults = true,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddSearch();
        // As the web host in development: the demo catalogue, seeded after the migrations, before the indexer.
        builder.AddDemoCatalogue();
        return new SearchTestHost(builder.Build(), folder);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.StopAsync();
        }
        finally
        {
            Host.Dispose();
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        }
    }
}

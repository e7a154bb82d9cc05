using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Plateforme.Data;
using Plateforme.Lending;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Faults.Tests.Harness;

/// <summary>
/// One site as production would run it: its database (a SQLite file, or a database on the throwaway PostgreSQL),
/// its Lucene folder, its mail pickup folder and its loopback address, in a temporary folder. The web host runs it
/// in successive lives (<see cref="WebProcess"/>); the test reads and arranges the same database through the
/// modules' own services (<see cref="Services"/>), as another node of the platform would.
/// </summary>
public sealed class FaultSite : IAsyncDisposable
{
    public const string AdminEmail = "admin@fautes.test";
    public const string AdminPassword = "administrateur-fautes-1";

    private readonly Dictionary<string, string> settings;

    private FaultSite(string folder, DatabaseOptions database)
    {
        Folder = folder;
        Database = database;
        var port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = Address.ToString().TrimEnd('/'),
            ["Site__PublicAddress"] = Address.ToString().TrimEnd('/'),
            // Plain http on loopback, as the web tests: nothing answers https here.
            ["Web__Https__Enabled"] = "false",
            ["Database__Provider"] = database.Provider.ToString(),
            ["Database__ConnectionString"] = database.ConnectionString,
            ["Search__Index__Path"] = Path.Combine(folder, "index"),
            ["Accounts__Mail__PickupFolder"] = MailFolder,
            ["Accounts__RateLimit__PermitLimit"] = "1000",
            ["Accounts__SeedAdmin__Email"] = AdminEmail,
            ["Accounts__SeedAdmin__Password"] = AdminPassword,
            // Never reach real sites; no clock or digest running on its own while the test counts.
            ["Crawler__Scheduling__Enabled"] = "false",
            ["Alerts__ScheduleEnabled"] = "false",
            ["Lending__Clock__Enabled"] = "false",
            ["Lending__Mail__Interval"] = "00:00:01",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        Services = BuildServices(database, folder);
    }

    public string Folder { get; }

    public DatabaseOptions Database { get; }

    public Uri Address { get; }

    public string MailFolder => Path.Combine(Folder, "mail");

    public string ProviderName => Database.Provider.ToString();

    /// <summary>The lending and catalogue services on this site's database, for arranging and checking.</summary>
    public ServiceProvider Services { get; }

    /// <summary>A SQLite site; with <paramref name="databaseFolder"/>, its database file alone goes in that sub-folder (a file system of its own).</summary>
    public static Task<FaultSite> SqliteAsync(string? databaseFolder = null)
    {
        var folder = NewFolder();
        var files = databaseFolder is null ? folder : Directory.CreateDirectory(Path.Combine(folder, databaseFolder)).FullName;
        return Task.FromResult(new FaultSite(folder, new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = $"Data Source={Path.Combine(files, "plateforme.db")}",
        }));
    }

    /// <summary>The SQLite file of this site.</summary>
    public string DatabaseFile => new SqliteConnectionStringBuilder(Database.ConnectionString).DataSource;

    public static async Task<FaultSite> PostgresAsync(ThrowawayPostgres server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var connection = await server.CreateDatabaseAsync().ConfigureAwait(false);
        return new FaultSite(NewFolder(), new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connection });
    }

    public IEnumerable<KeyValuePair<string, string>> Environment() => settings;

    /// <summary>
    /// Another web node of the same site: the same database and settings, with its own address, index folder and
    /// mail folder (what a second server has of its own). Dispose it as a site of its own (its folder).
    /// </summary>
    public FaultSite AnotherNode()
    {
        var node = new FaultSite(NewFolder(), Database);
        string[] own = ["ASPNETCORE_URLS", "Search__Index__Path", "Accounts__Mail__PickupFolder"];
        foreach (var (key, value) in settings)
        {
            if (!own.Contains(key)) node.settings[key] = value;
        }

        return node;
    }

    /// <summary>Adds or replaces one setting of the host (configuration key with ':'), for the lives started after.</summary>
    public void Configure(string key, string value) => settings[key.Replace(":", "__", StringComparison.Ordinal)] = value;

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync().ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static ServiceProvider BuildServices(DatabaseOptions database, string folder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["Database:ConnectionString"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLendingServices(database, folder);
        services.AddCatalogueStore(configuration, folder);
        services.AddModuleStore(Plateforme.Alerts.Store.AlertsDbContext.Store, configuration, folder);
        return services.BuildServiceProvider();
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "plateforme-faults-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Plateforme.DemoData;

namespace Plateforme.Web.Tests;

/// <summary>
/// The real application on a real Kestrel bound to a free loopback port, with its own SQLite file,
/// Lucene folder and demo catalogue in a temporary folder, a clock fixed on 23 November 2026 in Paris, and its own
/// address as the site's public address (so the hosts allowed are 127.0.0.1 and localhost, as in production).
/// </summary>
public sealed class PlateformeApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "plateforme-web-tests-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> settings;

    public PlateformeApp() : this(new Dictionary<string, string?>())
    {
    }

    // Internal: xUnit accepts a collection fixture with a single public constructor only.
    internal PlateformeApp(IDictionary<string, string?> overrides)
    {
        Directory.CreateDirectory(folder);
        // The port is chosen before the start: the public address, which every link is built on, must name it.
        var port = FreePort();
        settings = new Dictionary<string, string?>
        {
            ["Site:PublicAddress"] = $"http://127.0.0.1:{port}",
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "plateforme.db")}",
            ["Search:Index:Path"] = Path.Combine(folder, "index"),
            ["Search:DemoData:Enabled"] = "true",
            ["Search:DemoData:Count"] = "600",
            // Never reach the real sites from a test: crawls run only when a test asks for one.
            ["Crawler:Scheduling:Enabled"] = "false",
            // Account e-mails land in the test's folder, not in the source tree.
            ["Accounts:Mail:PickupFolder"] = Path.Combine(folder, "mail"),
            // Plain http on loopback: no https redirection, HSTS or Secure-only cookies (HttpsSettingTests turns it on).
            ["Web:Https:Enabled"] = "false",
            // The tests share one client address: the public API's quota is tested on an app of its own (PublicApiQuotaTests).
            ["PublicApi:RateLimit:PermitLimit"] = "1000000",
            ["PublicApi:PartnerKeys:Path"] = Path.Combine(folder, "partner-keys.json"),
        };
        foreach (var (key, value) in overrides) settings[key] = value;
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
    }

    public FakeTimeProvider Clock { get; } = new(Now);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public string DataFolder => folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // As in Development: a singleton holding a scoped service, or a registration that cannot be built, fails
        // the test that meets it instead of reaching production (the result cards' renderer once did).
        builder.UseDefaultServiceProvider(options =>
        {
            options.ValidateScopes = true;
            options.ValidateOnBuild = true;
        });
        // Production mode outside a published folder: the manifest maps blazor.web.js and the CSS to the build output.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            // Program.cs adds the demo catalogue in development only; the tests run as production and want it too.
            services.AddDemoCatalogue();
            services.AddTransient<IStartupFilter, FailingPath>();
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background task: the OS temp cleaner takes it later.
        }
        GC.SuppressFinalize(this);
    }
}

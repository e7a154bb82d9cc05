using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Plateforme.DemoData;

namespace Plateforme.Web.Bench;

/// <summary>The real application on Kestrel over loopback, with a demo catalogue of the requested size in a temporary folder.</summary>
internal sealed class BenchApp : WebApplicationFactory<Program>
{
    private readonly int calls;
    private readonly int port;

    public BenchApp(int calls)
    {
        this.calls = calls;
        // The test host looks for the web project next to the solution; say where it is, from the repository root.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PLATEFORME_WEB", Path.Combine(RepositoryRoot(), "src", "Web"));
        Directory.CreateDirectory(Folder);
        // The port is chosen before the start: Production accepts only the host of the public address, which must name it.
        port = FreePort();
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Plateforme.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("Run the benchmark from inside the repository (Plateforme.sln not found above the binary).");
    }

    /// <summary>Where the application listens, for clients other than the factory's (wrk).</summary>
    public string Origin => $"http://127.0.0.1:{port}/";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "plateforme-web-bench-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Production outside a published folder: the manifest maps blazor.web.js and the CSS to the build output (a browser asks for them).
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(Folder, "plateforme.db")}");
        builder.UseSetting("Search:Index:Path", Path.Combine(Folder, "index"));
        builder.UseSetting("Search:DemoData:Enabled", "true");
        builder.UseSetting("Search:DemoData:Count", calls.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Crawler:Scheduling:Enabled", "false");
        // Every request of a benchmark comes from 127.0.0.1: the public quota per address would answer 429s.
        builder.UseSetting("PublicApi:RateLimit:PermitLimit", "10000000");
        // Production requires the public address and refuses other hosts; the benchmark talks plain http over loopback.
        builder.UseSetting("Site:PublicAddress", $"http://127.0.0.1:{port}");
        builder.UseSetting("Web:Https:Enabled", "false");
        // Program.cs adds the demo catalogue in development only.
        builder.ConfigureServices(services => services.AddDemoCatalogue());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
        GC.SuppressFinalize(this);
    }
}

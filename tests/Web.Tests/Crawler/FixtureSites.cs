using System.Globalization;
using System.Net;
using System.Net.Sockets;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Plateforme.Web.Tests.Crawler;

/// <summary>One WireMock site on 127.0.0.1 per shipped source, serving its hand-written fixture copy (CrawlerFixtures/&lt;id&gt;/routes.txt).</summary>
public sealed class FixtureSites : IDisposable
{
    private readonly Dictionary<string, WireMockServer> _sites = new(StringComparer.Ordinal);

    public FixtureSites(IEnumerable<string> sourceIds)
    {
        foreach (var sourceId in sourceIds)
        {
            var site = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });
            _sites[sourceId] = site;
            Serve(site, Path.Combine(AppContext.BaseDirectory, "CrawlerFixtures", sourceId));
        }
    }

    public Uri UrlOf(string sourceId) => new(_sites[sourceId].Url!);

    public void Dispose()
    {
        foreach (var site in _sites.Values) site.Stop();
    }

    private static void Serve(WireMockServer site, string folder)
    {
        foreach (var line in File.ReadAllLines(Path.Combine(folder, "routes.txt")))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || parts[0].StartsWith('#')) continue;
            var question = parts[0].IndexOf('?', StringComparison.Ordinal);
            var request = Request.Create().WithPath(question >= 0 ? parts[0][..question] : parts[0]).UsingGet();
            var parameters = question >= 0 ? parts[0][(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries) : [];
            foreach (var pair in parameters.Select(p => p.Split('=', 2)))
            {
                request = request.WithParam(Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair.Length > 1 ? pair[1] : ""));
            }

            var status = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 200;
            // The route naming the most parameters wins ("?page=2" over the bare listing).
            site.Given(request).AtPriority(100 - parameters.Length).RespondWith(Response.Create().WithStatusCode(status)
                .WithHeader("Content-Type", ContentTypeOf(parts[1])).WithBody(File.ReadAllBytes(Path.Combine(folder, parts[1]))));
        }
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".json" => "application/json; charset=utf-8",
        ".xml" => "application/rss+xml; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        _ => "text/html; charset=utf-8",
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

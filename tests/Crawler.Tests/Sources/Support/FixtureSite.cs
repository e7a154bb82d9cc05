using System.Net;
using System.Net.Sockets;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Plateforme.Crawler.Tests.Sources.Support;

/// <summary>A WireMock server on 127.0.0.1 serving hand-written copies of a source's pages.</summary>
public sealed class FixtureSite : IDisposable
{
    private readonly WireMockServer _server;

    public FixtureSite()
    {
        var port = FreePort();
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{port}"] });
        Url = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Url { get; }

    public static string FixturesDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>Serves every route of Fixtures/&lt;sourceId&gt;/routes.txt ("path[?query] file" per line).</summary>
    public FixtureSite ServeFixture(string sourceId)
    {
        var folder = Path.Combine(FixturesDirectory, sourceId);
        foreach (var line in File.ReadAllLines(Path.Combine(folder, "routes.txt")))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || parts[0].StartsWith('#'))
            {
                continue;
            }

            Serve(parts[0], File.ReadAllBytes(Path.Combine(folder, parts[1])), ContentTypeOf(parts[1]), parts.Length > 2 ? int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : 200);
        }

        return this;
    }

    public FixtureSite Serve(string pathAndQuery, string body, string contentType, int status = 200) =>
        Serve(pathAndQuery, System.Text.Encoding.UTF8.GetBytes(body), contentType, status);

    public FixtureSite Serve(string pathAndQuery, byte[] body, string contentType, int status = 200)
    {
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = question >= 0 ? pathAndQuery[..question] : pathAndQuery;
        var request = Request.Create().WithPath(path).UsingGet();
        var parameters = question >= 0
            ? pathAndQuery[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            : [];
        foreach (var parameter in parameters)
        {
            var pair = parameter.Split('=', 2);
            request = request.WithParam(Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair.Length > 1 ? pair[1] : ""));
        }

        // The route with the most parameters wins when several match ("?page=2" over the bare listing).
        _server.Given(request).AtPriority(100 - parameters.Length)
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body));
        return this;
    }

    public FixtureSite Redirect(string path, string location)
    {
        _server.Given(Request.Create().WithPath(path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(301).WithHeader("Location", location));
        return this;
    }

    /// <summary>Paths (with query) requested so far, in order.</summary>
    public IReadOnlyList<string> RequestedPaths =>
        _server.LogEntries.OrderBy(e => e.RequestMessage.DateTime)
            .Select(e => new Uri(e.RequestMessage.Url).PathAndQuery).ToList();

    public void Dispose() => _server.Stop();

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

using System.Net;
using System.Net.Sockets;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Plateforme.Crawler.Tests.Pipeline;

/// <summary>A WireMock site on 127.0.0.1 serving one page whose HTML a test changes between crawls.</summary>
public sealed class EditablePage : IDisposable
{
    private readonly WireMockServer _server;

    public EditablePage(string path, string html)
    {
        Html = html;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{port}"] });
        Url = new Uri($"http://127.0.0.1:{port}");
        _server.Given(Request.Create().WithPath(path).UsingGet())
            .RespondWith(Response.Create().WithCallback(_ => new WireMock.ResponseMessage
            {
                StatusCode = 200,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("text/html; charset=utf-8") },
                BodyData = new WireMock.Util.BodyData { BodyAsString = Html, DetectedBodyType = WireMock.Types.BodyType.String },
            }));
    }

    public Uri Url { get; }

    /// <summary>What the next request gets.</summary>
    public string Html { get; set; }

    public void Dispose() => _server.Stop();
}

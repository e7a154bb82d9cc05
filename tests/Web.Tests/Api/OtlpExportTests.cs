using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Plateforme.Search;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Plateforme.Web.Tests.Api;

/// <summary>Traces and metrics leave over OTLP/HTTP only when a collector is configured; WireMock stands in for it.</summary>
public sealed class OtlpExportTests : IDisposable
{
    private readonly WireMockServer _collector = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });

    public OtlpExportTests()
    {
        _collector.Given(Request.Create().WithPath("/v1/traces", "/v1/metrics").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/x-protobuf"));
    }

    [Fact]
    public async Task A_search_reaches_the_collector_as_a_span_over_http_protobuf_and_its_metrics_follow()
    {
        await using var app = new PlateformeApp(new Dictionary<string, string?>
        {
            ["Telemetry:Otlp:Endpoint"] = _collector.Url,
            ["Telemetry:Otlp:Protocol"] = "HttpProtobuf",
            // The standard variables the SDK reads: export every 200 ms rather than every 5 s (spans) and 60 s (metrics).
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        });
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/calls?q=insertion", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var spanName = Encoding.UTF8.GetBytes(SearchTelemetry.SearchActivity);
        var meterName = Encoding.UTF8.GetBytes(SearchTelemetry.SearchesInstrument);
        await WaitForAsync(() => Posted("/v1/traces").Any(body => body.AsSpan().IndexOf(spanName) >= 0), "a traces POST naming the search span");
        await WaitForAsync(() => Posted("/v1/metrics").Any(body => body.AsSpan().IndexOf(meterName) >= 0), "a metrics POST naming the search counter");
        Assert.All(_collector.LogEntries.Where(e => e.RequestMessage.Path == "/v1/traces"),
            e => Assert.Equal("application/x-protobuf", e.RequestMessage.Headers!["Content-Type"].Single()));
    }

    [Fact]
    public async Task Without_an_endpoint_nothing_is_collected_or_exported()
    {
        await using var app = new PlateformeApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/calls?q=insertion", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
        Assert.Empty(_collector.LogEntries);
    }

    public void Dispose() => _collector.Stop();

    private IEnumerable<byte[]> Posted(string path) => _collector.LogEntries
        .Where(e => e.RequestMessage.Path == path && e.RequestMessage.Method == "POST")
        .Select(e => e.RequestMessage.BodyAsBytes ?? []);

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The collector did not receive {what} within 30 s.");
            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

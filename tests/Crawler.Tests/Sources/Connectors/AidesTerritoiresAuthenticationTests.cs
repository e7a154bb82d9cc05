using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Crawler.Fetching;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Sources.Authentication;
using Plateforme.Crawler.Tests.Sources.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Plateforme.Crawler.Tests.Sources.Connectors;

/// <summary>The aides-territoires API behind its token exchange, on a WireMock site, read through the real fetcher.</summary>
public sealed class AidesTerritoiresAuthenticationTests : IDisposable
{
    private const string Secret = "jeton-api-du-compte";
    private const string AidsPath = "/api/aids/";
    private readonly WireMockServer _api;
    private readonly string _page1;
    private readonly string _page2;

    public AidesTerritoiresAuthenticationTests()
    {
        _api = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });
        var folder = Path.Combine(FixtureSite.FixturesDirectory, "aides-territoires");
        _page1 = File.ReadAllText(Path.Combine(folder, "page-1.json"));
        _page2 = File.ReadAllText(Path.Combine(folder, "page-2.json"));
    }

    public void Dispose() => _api.Stop();

    [Fact]
    public async Task The_secret_is_exchanged_once_and_the_bearer_sent_on_every_page()
    {
        ExchangeAnswers("bearer-1");
        ServeAidsTo("Bearer bearer-1");

        var (calls, diagnostics) = await ReadAsync(Secret);

        Assert.Empty(diagnostics.Errors);
        Assert.Equal(3, calls.Count);
        Assert.Equal(1, Count("POST", "/api/connexion/"));
        var exchange = Assert.Single(_api.LogEntries, e => e.RequestMessage.Method == "POST");
        Assert.Equal(Secret, exchange.RequestMessage.Headers!["X-AUTH-TOKEN"].Single());
        Assert.All(_api.LogEntries.Where(e => e.RequestMessage.Path == AidsPath),
            e => Assert.Equal("Bearer bearer-1", e.RequestMessage.Headers!["Authorization"].Single()));
    }

    [Fact]
    public async Task An_expired_bearer_is_exchanged_again_once_and_the_page_retried()
    {
        _api.Given(Request.Create().WithPath("/api/connexion/").UsingPost()).InScenario("jeton").WillSetStateTo("renouvelé")
            .RespondWith(Json("""{"token":"perime"}"""));
        _api.Given(Request.Create().WithPath("/api/connexion/").UsingPost()).InScenario("jeton").WhenStateIs("renouvelé")
            .RespondWith(Json("""{"token":"frais"}"""));
        _api.Given(Request.Create().WithPath(AidsPath).WithHeader("Authorization", "Bearer perime").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(401));
        ServeAidsTo("Bearer frais");

        var (calls, diagnostics) = await ReadAsync(Secret);

        Assert.Empty(diagnostics.Errors);
        Assert.Equal(3, calls.Count);
        Assert.Equal(2, Count("POST", "/api/connexion/"));
    }

    [Fact]
    public async Task Without_a_secret_a_refusing_api_gives_a_french_run_error()
    {
        _api.Given(Request.Create().WithPath(AidsPath).UsingGet()).RespondWith(Response.Create().WithStatusCode(401));

        var (calls, diagnostics) = await ReadAsync(secret: null);

        Assert.Empty(calls);
        Assert.Contains("l'API d'Aides-territoires refuse les requêtes sans jeton : renseignez le jeton d'API du compte dans « Crawler:Secrets:aides-territoires »",
            Assert.Single(diagnostics.Errors), StringComparison.Ordinal);
        Assert.Equal(0, Count("POST", "/api/connexion/"));
    }

    [Fact]
    public async Task A_refused_secret_is_reported_without_reading_the_api()
    {
        _api.Given(Request.Create().WithPath("/api/connexion/").UsingPost()).RespondWith(Response.Create().WithStatusCode(403));

        var (calls, diagnostics) = await ReadAsync("mauvais-jeton");

        Assert.Empty(calls);
        Assert.Contains("le jeton d'API d'Aides-territoires a été refusé (403)", Assert.Single(diagnostics.Errors), StringComparison.Ordinal);
        Assert.Equal(0, Count("GET", AidsPath));
    }

    private void ExchangeAnswers(string token) =>
        _api.Given(Request.Create().WithPath("/api/connexion/").WithHeader("X-AUTH-TOKEN", Secret).UsingPost())
            .RespondWith(Json($$"""{"token":"{{token}}"}"""));

    private void ServeAidsTo(string authorization)
    {
        _api.Given(Request.Create().WithPath(AidsPath).WithParam("page", "2").WithHeader("Authorization", authorization).UsingGet()).AtPriority(1)
            .RespondWith(Json(_page2));
        _api.Given(Request.Create().WithPath(AidsPath).WithHeader("Authorization", authorization).UsingGet()).AtPriority(2)
            .RespondWith(Json(_page1));
    }

    private static IResponseBuilder Json(string body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json; charset=utf-8").WithBody(body);

    private int Count(string method, string path) => _api.LogEntries.Count(e => e.RequestMessage.Method == method && e.RequestMessage.Path == path);

    private async Task<(List<RawCall> Calls, SourceRunDiagnostics Diagnostics)> ReadAsync(string? secret)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Crawler:Fetch:AllowLoopback"] = "true",
            ["Crawler:Fetch:DefaultDelay"] = "00:00:00",
            ["Crawler:Secrets:aides-territoires"] = secret,
        }).Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(SourceSecrets.From(configuration))
            .AddPageFetcher(configuration)
            .AddCrawlerSources(options => options.BaseUrlOverrides.Add(new BaseUrlOverride { Public = "https://aides-territoires.beta.gouv.fr", Local = _api.Url! }))
            .BuildServiceProvider();
        var definition = services.GetRequiredService<SourceRegistry>().Find("aides-territoires")! with { Politeness = new() };
        var diagnostics = new SourceRunDiagnostics();
        var calls = new List<RawCall>();
        await foreach (var call in services.GetRequiredService<SourceReader>().ReadAsync(definition, diagnostics, CancellationToken.None))
        {
            calls.Add(call);
        }

        return (calls, diagnostics);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

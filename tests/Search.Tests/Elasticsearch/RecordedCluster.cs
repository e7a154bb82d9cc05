using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Plateforme.Search.Indexing.Elasticsearch;
using Plateforme.Search.Vocabulary;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Plateforme.Search.Tests.Elasticsearch;

/// <summary>
/// An Elasticsearch node stood in for by WireMock.Net on loopback, answering with the shapes a real 9.x node
/// sends (the product header the client checks, typed_keys names, bulk items). The alias already exists, so a
/// test only stubs what it is about; every request the client sent is kept for the contract checks.
/// </summary>
internal sealed class RecordedCluster : IDisposable
{
    public const string Alias = "plateforme-calls";
    public const string Index = "plateforme-calls-20260302-090000-0a1b2c3d";

    public RecordedCluster(bool aliasExists = true)
    {
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"], StartAdminInterface = false });
        Stub("PUT", "/_index_template/" + Alias, 200, """{"acknowledged":true}""");
        if (aliasExists)
        {
            Stub("GET", "/_alias/" + Alias, 200, "{\"" + Index + "\":{\"aliases\":{\"" + Alias + "\":{}}}}");
            StubLayout(IndexTemplate.LayoutVersion);
        }

        Stub("POST", $"/{Alias}/_refresh", 200, """{"_shards":{"total":2,"successful":1,"failed":0}}""");
    }

    public WireMockServer Server { get; }

    /// <summary>The layout the existing index records, as the node answers a mapping read filtered to its <c>_meta</c>.</summary>
    public void StubLayout(string? layout) => Server
        .Given(Request.Create().WithPath($"/{Index}/_mapping").WithParam("filter_path", "*.mappings._meta").UsingGet())
        .AtPriority(1)
        .RespondWith(Json(200, layout is null ? "{}" : "{\"" + Index + "\":{\"mappings\":{\"_meta\":{\"" + IndexTemplate.LayoutKey + "\":\"" + layout + "\"}}}}"));

    public ElasticsearchIndexOptions Options => new()
    {
        Url = Server.Url!,
        Alias = Alias,
        MaxBulkAttempts = 4,
        BulkBackOff = TimeSpan.FromMilliseconds(5),
        RequestTimeout = TimeSpan.FromSeconds(5),
    };

    public ElasticsearchSearchIndex Open(ElasticsearchIndexOptions? options = null) =>
        new(options ?? Options, NullLogger<ElasticsearchSearchIndex>.Instance, new SearchVocabularyProvider());

    public void Stub(string method, string path, int status, string body) =>
        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(Json(status, body));

    /// <summary>Answers in turn: the first body, then the next at each request, the last one for good.</summary>
    public void StubSequence(string method, string path, params Func<IResponseBuilder>[] responses)
    {
        for (var i = 0; i < responses.Length; i++)
        {
            var request = Server.Given(Request.Create().WithPath(path).UsingMethod(method)).InScenario(method + path);
            if (i > 0) request = request.WhenStateIs("step" + i);
            if (i < responses.Length - 1) request = request.WillSetStateTo("step" + (i + 1));
            request.RespondWith(responses[i]());
        }
    }

    public static IResponseBuilder Json(int status, string body) => Response.Create()
        .WithStatusCode(status)
        .WithHeader("X-Elastic-Product", "Elasticsearch")
        .WithHeader("Content-Type", "application/json")
        .WithBody(body);

    /// <summary>The bodies the client sent to a path, in order (bulk bodies are NDJSON, kept as text).</summary>
    public List<string> Bodies(string method, string path) => Server.LogEntries
        .Where(entry => entry.RequestMessage.Method == method && entry.RequestMessage.Path == path)
        .OrderBy(entry => entry.RequestMessage.DateTime)
        .Select(entry => entry.RequestMessage.Body ?? "")
        .ToList();

    public JsonObject LastJson(string method, string path) => JsonNode.Parse(Bodies(method, path)[^1])!.AsObject();

    public List<string> Paths() => Server.LogEntries.OrderBy(entry => entry.RequestMessage.DateTime)
        .Select(entry => entry.RequestMessage.Method + " " + entry.RequestMessage.Path).ToList();

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("ES_TRACE") is not null)
        {
            foreach (var entry in Server.LogEntries.OrderBy(entry => entry.RequestMessage.DateTime))
            {
                Console.Error.WriteLine($"{entry.RequestMessage.DateTime:HH:mm:ss.fff} {entry.RequestMessage.Method} {entry.RequestMessage.Path} -> {entry.ResponseMessage.StatusCode}");
            }
        }

        Server.Stop();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using WireMock.Server;
using WireMock.Settings;

namespace Plateforme.Crawler.Tests.Fetching;

/// <summary>A WireMock site on 127.0.0.1 with a readable log of what our crawler asked.</summary>
internal sealed class StubSite : IDisposable
{
    private StubSite(WireMockServer server) => Server = server;

    public WireMockServer Server { get; }

    public static StubSite Start() => new(WireMockServer.Start(new WireMockServerSettings { StartAdminInterface = false }));

    public Uri Url(string pathAndQuery) => new($"http://127.0.0.1:{Server.Port}{pathAndQuery}");

    /// <summary>When each request for the path arrived, in order (robots.txt excluded unless asked for).</summary>
    public IReadOnlyList<DateTime> ArrivalsOf(string? path = null) =>
        [.. Server.LogEntries
            .Select(entry => entry.RequestMessage)
            .Where(message => path is null ? message.Path != "/robots.txt" : message.Path == path)
            .Select(message => message.DateTime)
            .Order()];

    public int CountOf(string path) => Server.LogEntries.Count(entry => entry.RequestMessage.Path == path);

    public string? HeaderOfLast(string path, string header) =>
        Server.LogEntries
            .Where(entry => entry.RequestMessage.Path == path)
            .Select(entry => entry.RequestMessage.Headers is { } headers && headers.TryGetValue(header, out var values) ? values.FirstOrDefault() : null)
            .LastOrDefault();

    public void Dispose() => Server.Stop();
}

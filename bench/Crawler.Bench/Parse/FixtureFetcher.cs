using Plateforme.Crawler.Fetching;

namespace Plateforme.Crawler.Bench.Parse;

/// <summary>
/// Serves the test fixtures from memory, as the WireMock fixture sites do (routes.txt per source; the route with the
/// most matching query parameters wins), so the parse benchmark measures parsing and extraction, not sockets.
/// </summary>
internal sealed class FixtureFetcher : IPageFetcher
{
    private readonly List<(string Host, string Path, string[] Parameters, string Body, int Status)> _routes = [];

    public FixtureFetcher(string fixturesDirectory)
    {
        // Folders without routes.txt (Shapes/, the hand-written page shapes with their own definitions) are not shipped sources.
        foreach (var folder in Directory.EnumerateDirectories(fixturesDirectory).Where(folder => File.Exists(Path.Combine(folder, "routes.txt"))))
        {
            var host = HostOf(Path.GetFileName(folder));
            foreach (var line in File.ReadAllLines(Path.Combine(folder, "routes.txt")))
            {
                var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2 || parts[0].StartsWith('#')) continue;
                var question = parts[0].IndexOf('?', StringComparison.Ordinal);
                var path = question >= 0 ? parts[0][..question] : parts[0];
                var parameters = question >= 0 ? parts[0][(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray() : [];
                var status = parts.Length > 2 ? int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : 200;
                _routes.Add((host, path, parameters, File.ReadAllText(Path.Combine(folder, parts[1])), status));
            }
        }
    }

    /// <summary>The made-up local root a source's public URLs are rewritten to.</summary>
    public static string HostOf(string sourceId) => $"{sourceId}.fixture";

    public Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = request.Url;
        var query = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToHashSet(StringComparer.Ordinal);
        var route = _routes
            .Where(r => r.Host == url.Host && r.Path == url.AbsolutePath && r.Parameters.All(query.Contains))
            .OrderByDescending(r => r.Parameters.Length)
            .Select(r => ((string Body, int Status)?)(r.Body, r.Status))
            .FirstOrDefault();
        var result = route is { Status: 200 } found
            ? new FetchResult(url, FetchOutcome.Fetched) { StatusCode = 200, Text = found.Body, FetchedAt = Fixed }
            : new FetchResult(url, FetchOutcome.Failed) { StatusCode = 404, Error = "HTTP 404", FetchedAt = Fixed };
        return Task.FromResult(result);
    }

    private static readonly DateTimeOffset Fixed = new(2026, 1, 12, 8, 30, 0, TimeSpan.Zero);
}

using System.Globalization;

namespace Plateforme.Crawler.Sources.Fixtures;

/// <summary>One line of a fixture folder's routes.txt: "path[?query] file [status]".</summary>
internal sealed record FixtureRoute(string Path, IReadOnlyDictionary<string, string> Parameters, string File, int Status)
{
    /// <summary>The routes of a folder; blank lines and "#" comments are skipped.</summary>
    public static IReadOnlyList<FixtureRoute> Read(string folder)
    {
        var routes = new List<FixtureRoute>();
        foreach (var line in System.IO.File.ReadAllLines(System.IO.Path.Combine(folder, FixtureSites.RoutesFile)))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || parts[0].StartsWith('#')) continue;
            var question = parts[0].IndexOf('?', StringComparison.Ordinal);
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
            if (question >= 0)
            {
                foreach (var pair in parts[0][(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)))
                {
                    parameters[Uri.UnescapeDataString(pair[0])] = Uri.UnescapeDataString(pair.Length > 1 ? pair[1] : "");
                }
            }

            var status = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 200;
            routes.Add(new FixtureRoute(question >= 0 ? parts[0][..question] : parts[0], parameters, System.IO.Path.Combine(folder, parts[1]), status));
        }

        return routes;
    }

    /// <summary>Same path, and every parameter of the route present with its value (the request may carry more).</summary>
    public bool Matches(string path, IReadOnlyDictionary<string, string> query) =>
        string.Equals(Path, path, StringComparison.Ordinal)
        && Parameters.All(p => query.TryGetValue(p.Key, out var value) && value == p.Value);

    public string ContentType => System.IO.Path.GetExtension(File) switch
    {
        ".json" => "application/json; charset=utf-8",
        ".xml" => "application/rss+xml; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        _ => "text/html; charset=utf-8",
    };
}

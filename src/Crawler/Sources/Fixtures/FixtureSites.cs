using System.Globalization;
using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Sources.Fixtures;

/// <summary>
/// The command line's fixture mode: every sub-folder of a fixture folder named after a source id and holding a
/// routes.txt ("path[?query] file [status]" per line, as tests/Crawler.Tests/Fixtures) is served on loopback, and
/// the source's real hosts are sent there through <see cref="CrawlerSourcesOptions.BaseUrlOverrides"/>: the run goes
/// through the very same fetcher, connectors and normaliser, only the network is replaced.
/// </summary>
public sealed class FixtureSites : IDisposable
{
    public const string RoutesFile = "routes.txt";

    private readonly Dictionary<string, FixtureSite> _sites;

    private FixtureSites(Dictionary<string, FixtureSite> sites) => _sites = sites;

    /// <summary>The source ids served.</summary>
    public IReadOnlyCollection<string> SourceIds => _sites.Keys;

    /// <summary>Starts one loopback site per source folder; throws <see cref="DirectoryNotFoundException"/> when the folder is missing.</summary>
    public static FixtureSites Start(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException(folder);
        var sites = new Dictionary<string, FixtureSite>(StringComparer.Ordinal);
        try
        {
            foreach (var source in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
            {
                if (File.Exists(Path.Combine(source, RoutesFile))) sites[Path.GetFileName(source)] = new FixtureSite(source);
            }
        }
        catch
        {
            foreach (var site in sites.Values) site.Dispose();
            throw;
        }

        return new FixtureSites(sites);
    }

    /// <summary>The local address of a source's copy, if the folder has one.</summary>
    public Uri? UrlOf(string sourceId) => _sites.TryGetValue(sourceId, out var site) ? site.Url : null;

    /// <summary>
    /// Configuration sending each served source's hosts to its copy, with the SSRF guard lifted for loopback and no
    /// default delay (the copies are on this machine; the real sites' politeness is for the real servers).
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings(IEnumerable<SourceDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var settings = new Dictionary<string, string?>
        {
            ["Crawler:Fetch:AllowLoopback"] = "true",
            ["Crawler:Fetch:DefaultDelay"] = "00:00:00",
        };
        var index = 0;
        foreach (var definition in definitions)
        {
            if (UrlOf(definition.Id) is not { } local) continue;
            foreach (var root in definition.EntryUrls.Select(u => u.GetLeftPart(UriPartial.Authority)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var prefix = string.Create(CultureInfo.InvariantCulture, $"{CrawlerSourcesOptions.SectionName}:BaseUrlOverrides:{index++}");
                settings[prefix + ":Public"] = root;
                settings[prefix + ":Local"] = local.AbsoluteUri;
            }
        }

        return settings;
    }

    public void Dispose()
    {
        foreach (var site in _sites.Values) site.Dispose();
    }
}

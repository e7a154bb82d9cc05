namespace Plateforme.Crawler.Sources;

/// <summary>
/// Sends requests for a real site to another base URL (a WireMock server in tests, a local copy in
/// the command line's fixture mode) while connectors and the calls they produce keep the real URLs.
/// Without overrides it changes nothing.
/// </summary>
public sealed class SourceUrlRewriter
{
    private readonly List<(Uri Public, Uri Local)> _overrides;

    public SourceUrlRewriter(IEnumerable<BaseUrlOverride> overrides)
    {
        _overrides = overrides
            .Select(entry => (Root(new Uri(entry.Public)), Root(new Uri(entry.Local))))
            .ToList();
    }

    public static SourceUrlRewriter None { get; } = new([]);

    /// <summary>The URL to request for a public URL.</summary>
    public Uri ToFetch(Uri publicUrl) => Swap(publicUrl, fromPublic: true);

    /// <summary>The public URL for a URL the fetcher reached (after redirects), so links resolve to the real site.</summary>
    public Uri ToPublic(Uri fetchedUrl) => Swap(fetchedUrl, fromPublic: false);

    private Uri Swap(Uri url, bool fromPublic)
    {
        foreach (var (publicRoot, localRoot) in _overrides)
        {
            var from = fromPublic ? publicRoot : localRoot;
            var to = fromPublic ? localRoot : publicRoot;
            if (Uri.Compare(url, from, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return new UriBuilder(url) { Scheme = to.Scheme, Host = to.Host, Port = to.Port }.Uri;
            }
        }

        return url;
    }

    private static Uri Root(Uri url) => new(url.GetLeftPart(UriPartial.Authority));
}

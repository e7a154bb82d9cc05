using System.Text;

namespace Plateforme.Crawler.Extraction.Identity;

/// <summary>
/// One spelling per page, so that two listings of the same URL compare equal: lower-case scheme and host,
/// no default port, no fragment, no tracking parameters, the other parameters sorted, and no trailing slash
/// except for the root. Paths and parameter values keep their case (servers may tell them apart).
/// </summary>
public static class UrlCanonicalizer
{
    public static Uri Canonicalize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)) return url;

        var builder = new StringBuilder(url.OriginalString.Length);
        builder.Append(url.Scheme.ToLowerInvariant()).Append("://").Append(url.IdnHost.ToLowerInvariant());
        if (!url.IsDefaultPort) builder.Append(':').Append(url.Port);

        var path = url.AbsolutePath;
        if (path.Length > 1 && path.EndsWith('/')) path = path.TrimEnd('/');
        builder.Append(path.Length == 0 ? "/" : path);

        var parameters = QueryParameters(url.Query)
            .Where(p => !TrackingParameters.IsTracking(NameOf(p)))
            .OrderBy(NameOf, StringComparer.Ordinal)
            .ThenBy(p => p, StringComparer.Ordinal)
            .ToList();
        if (parameters.Count > 0) builder.Append('?').AppendJoin('&', parameters);
        return new Uri(builder.ToString());
    }

    /// <summary>The canonical form of a URL written as text; null when it is not an absolute http(s) URL.</summary>
    public static string? Canonicalize(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? Canonicalize(uri).AbsoluteUri
            : null;

    /// <summary>
    /// Drops tracking parameters only, keeping order, fragment and the rest as written: for links shown to people.
    /// </summary>
    public static Uri RemoveTrackingParameters(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Query.Length <= 1) return url;
        var kept = QueryParameters(url.Query).Where(p => !TrackingParameters.IsTracking(NameOf(p))).ToList();
        var builder = new UriBuilder(url) { Query = string.Join('&', kept) };
        if (url.IsDefaultPort) builder.Port = -1;
        return builder.Uri;
    }

    private static IEnumerable<string> QueryParameters(string query) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries);

    private static string NameOf(string parameter)
    {
        var equals = parameter.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? parameter : parameter[..equals];
        return Uri.UnescapeDataString(name);
    }
}

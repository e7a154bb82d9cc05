namespace Plateforme.Crawler.Sources;

/// <summary>Drops tracking parameters and fragments, so the same call reached from a newsletter and from the listing has one URL.</summary>
public static class UrlCleaner
{
    private static readonly string[] TrackingPrefixes = ["utm_", "at_", "mtm_", "pk_"];
    private static readonly HashSet<string> TrackingNames =
        new(["fbclid", "gclid", "xtor", "mc_cid", "mc_eid", "msclkid", "_ga", "igshid"], StringComparer.OrdinalIgnoreCase);

    public static Uri Clean(Uri url)
    {
        if (!url.IsAbsoluteUri)
        {
            return url;
        }

        var kept = url.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(part => !IsTracking(Uri.UnescapeDataString(part.Split('=')[0])))
            .ToList();
        var builder = new UriBuilder(url) { Fragment = "", Query = string.Join('&', kept) };
        return builder.Uri;
    }

    private static bool IsTracking(string name) =>
        TrackingNames.Contains(name) || TrackingPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}

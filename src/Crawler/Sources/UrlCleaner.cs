using Plateforme.Crawler.Extraction.Identity;

namespace Plateforme.Crawler.Sources;

/// <summary>Drops tracking parameters and fragments, so the same call reached from a newsletter and from the listing has one URL.</summary>
public static class UrlCleaner
{
    /// <summary>One list of tracking parameters for the whole crawler: <see cref="TrackingParameters"/>.</summary>
    public static Uri Clean(Uri url)
    {
        if (!url.IsAbsoluteUri) return url;
        var cleaned = UrlCanonicalizer.RemoveTrackingParameters(url);
        return new UriBuilder(cleaned) { Fragment = "", Port = cleaned.IsDefaultPort ? -1 : cleaned.Port }.Uri;
    }
}

namespace Plateforme.Crawler.Fetching.Robots;

internal enum RobotsVerdictKind
{
    /// <summary>robots.txt was read (or is missing, 4xx): its rules apply.</summary>
    Rules,

    /// <summary>5xx, 429, timeout or network error: RFC 9309 says to assume everything is disallowed.</summary>
    Unreachable,

    /// <summary>The SSRF guard refused the host.</summary>
    Blocked,
}

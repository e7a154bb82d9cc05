namespace Plateforme.Crawler.Fetching;

internal enum HopKind
{
    Success,
    Redirect,
    NotModified,
    TooLarge,
    Blocked,
    Failed,
}

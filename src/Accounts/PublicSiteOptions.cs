namespace Plateforme.Accounts;

/// <summary>
/// "Site": the site's public address. Every absolute link the platform writes (e-mails, feeds, calendars, the embed
/// code, canonical tags) is built on it, never on the request's <c>Host</c> header, which a client chooses: a forged
/// host would otherwise put an attacker's site into a password-reset e-mail. Required: the web host refuses to start
/// without it (Development sets <c>http://localhost:5097</c>).
/// </summary>
public sealed class PublicSiteOptions
{
    public const string SectionName = "Site";

    public const string AddressKey = SectionName + ":" + nameof(PublicAddress);

    public const string Invalid =
        "Site:PublicAddress must be the site's public address, an absolute http(s) URL of its root such as "
        + "https://plateforme.example (no path, query or fragment): every link in e-mails, feeds and calendars is "
        + "built on it, never on the Host header of a request.";

    /// <summary>The root of the site as visitors reach it, e.g. <c>https://plateforme.example</c>.</summary>
    public Uri? PublicAddress { get; set; }

    /// <summary>The validated address; reading it before validation of a missing one throws with the same message.</summary>
    public Uri Address => IsValid(PublicAddress) ? PublicAddress! : throw new InvalidOperationException(Invalid);

    /// <summary>The absolute address of a local path with its query (<c>/appels/x?y=z</c>), on the public site.</summary>
    public Uri Link(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        if (!pathAndQuery.StartsWith('/')) throw new ArgumentException("A local path starts with '/'.", nameof(pathAndQuery));
        return new Uri(Address.GetLeftPart(UriPartial.Authority) + pathAndQuery, UriKind.Absolute);
    }

    public static bool IsValid(Uri? address) =>
        address is { IsAbsoluteUri: true }
        && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp)
        && address.AbsolutePath == "/"
        && address.Query.Length == 0
        && address.Fragment.Length == 0
        && address.UserInfo.Length == 0;
}

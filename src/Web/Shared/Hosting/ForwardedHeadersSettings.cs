namespace Plateforme.Web.Shared.Hosting;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> are believed (section
/// <c>Web:ForwardedHeaders</c>): addresses and CIDR networks; none configured means loopback only.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string SectionName = "Web:ForwardedHeaders";

    public string[] KnownProxies { get; set; } = [];

    public string[] KnownNetworks { get; set; } = [];
}

using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Plateforme.Accounts;

namespace Plateforme.Web.Shared.OpenApi;

/// <summary>The site's public address as the document's one server, and links of the document made absolute on it.</summary>
internal static class DocumentSite
{
    public static PublicSiteOptions Site(IServiceProvider services) => services.GetRequiredService<IOptions<PublicSiteOptions>>().Value;

    public static void SetServer(OpenApiDocument document, PublicSiteOptions site)
    {
        // Built on Site:PublicAddress, never on the request's Host; without the trailing slash paths are appended to.
        document.Servers = [new OpenApiServer { Url = site.Address.GetLeftPart(UriPartial.Authority) + site.Address.AbsolutePath.TrimEnd('/'), Description = "Plateforme" }];
    }
}

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Plateforme.Web.Shared.OpenApi;

/// <summary>The administrators' document: the same sign-in cookie as the site, 401 without it, 403 for a non-administrator.</summary>
internal sealed class AdminDocumentInfo : IOpenApiDocumentTransformer
{
    public const string CookieScheme = "signInCookie";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var site = DocumentSite.Site(context.ApplicationServices);
        DocumentSite.SetServer(document, site);
        document.Info = new OpenApiInfo
        {
            Title = "Plateforme — API d'administration",
            Version = "1.0",
            Description = "Réservée aux administrateurs connectés (cookie de session du site) : sans session, 401 ; sans le rôle, 403.",
            License = new OpenApiLicense { Name = "Usage interne", Url = site.Link("/api-et-donnees") },
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = ".AspNetCore.Identity.Application",
            Description = "Le cookie de session d'un administrateur connecté sur le site.",
        };
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            tag.Description ??= $"Opérations « {tag.Name} », réservées aux administrateurs.";
        }
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, document)] = [] }];
        return Task.CompletedTask;
    }
}

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Plateforme.Web.Shared.RateLimits;

namespace Plateforme.Web.Shared.OpenApi;

/// <summary>The public document's title, licence and the optional partner key (no key: the anonymous quota).</summary>
internal sealed class PublicDocumentInfo : IOpenApiDocumentTransformer
{
    public const string PartnerKeyScheme = "partnerKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var site = DocumentSite.Site(context.ApplicationServices);
        DocumentSite.SetServer(document, site);
        document.Info = new OpenApiInfo
        {
            Title = "Plateforme — API publique des appels à projets",
            Version = "1.0",
            Description = "Recherche et lecture des appels à projets publiés, et référentiels des valeurs de chaque filtre. "
                + "Sans clé : " + "un quota par adresse IP (en-têtes RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset ; "
                + "au-delà, 429 avec Retry-After). Les partenaires peuvent demander une clé (en-tête " + PublicApiQuota.KeyHeader
                + ") qui donne un quota plus élevé. Les données sont sous Licence Ouverte 2.0 (Etalab), sauf mention contraire de la source de chaque appel. "
                + "Jeu de données complet : /donnees.",
            License = new OpenApiLicense { Name = "Licence Ouverte 2.0 (Etalab)", Url = new Uri("https://www.etalab.gouv.fr/licence-ouverte-open-licence/") },
            Contact = new OpenApiContact { Name = "API et données", Url = site.Link("/api-et-donnees") },
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[PartnerKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = PublicApiQuota.KeyHeader,
            Description = "Clé de partenaire, facultative : elle donne un quota plus élevé que celui d'une adresse IP. Délivrée par les administrateurs.",
        };
        // Two alternatives: anonymous, or with the partner key.
        document.Security =
        [
            new OpenApiSecurityRequirement(),
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(PartnerKeyScheme, document)] = [] },
        ];
        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = "Appels à projets", Description = "Recherche, suggestions et détail des appels publiés." },
            new() { Name = "Référentiels", Description = "Les valeurs acceptées par les filtres, avec leurs libellés." },
        };
        return Task.CompletedTask;
    }
}

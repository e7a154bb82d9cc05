using Microsoft.AspNetCore.Http.HttpResults;
using Plateforme.Experiences.Finding;
using Plateforme.Experiences.Sheets;
using Plateforme.Web.Experiences.Finding;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.RateLimits;

namespace Plateforme.Web.Experiences.Api;

/// <summary>The open API of the experiences: search with facets, one sheet, and the whole base as CSV and GeoJSON.</summary>
public static class ExperiencesApi
{
    public static IEndpointRouteBuilder MapExperiencesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/experiences").WithTags("Expériences").AsPublicApi();
        group.MapGet("/", Search)
            .WithName(ExperienceParameterDocs.OperationId)
            .WithSummary("Recherche plein texte (analyse française) et filtres sur les fiches d'expérience publiées, avec les facettes.")
            .WithDescription("Filtres : q (mots, tous requis), theme (répétable : commerce-de-proximite, entrepreneuriat, emploi-insertion, "
                + "ess-innovation-sociale, tiers-lieux, immobilier-d-entreprise, numerique, mobilite, economie-circulaire, marketing-territorial), "
                + "innovation (organisationnelle, marketing-commerciale, modele-d-affaires, technologique, produit-service, sociale), "
                + "territory (code com:/epci:/dep:/reg:/nat:FR ; une fiche est trouvée quand ce territoire est le sien ou l'englobe), "
                + "carrier (association, collectivite, entreprise, cooperative, organisme-public, partenariat, fondation) ; page.");
        group.MapGet("/{slug}", Get).ProducesProblem(StatusCodes.Status404NotFound).WithName("GetExperience").WithSummary("Une fiche d'expérience publiée, par son slug.");
        app.MapGet(ExperiencePaths.ExportCsv, ExperienceExports.CsvAsync).AsPublicApi().WithTags("Expériences").WithName("ExportExperiencesCsv")
            .WithSummary("Toute la base des expériences publiées en CSV (données ouvertes, avec la ligne de licence).");
        app.MapGet(ExperiencePaths.ExportGeoJson, ExperienceExports.GeoJsonAsync).AsPublicApi().WithTags("Expériences").WithName("ExportExperiencesGeoJson")
            .WithSummary("Toute la base des expériences publiées en GeoJSON (géométrie nulle quand le lieu n'est pas précisé).");
        return app;
    }

    private static async Task<Results<Ok<ExperienceListResponse>, ValidationProblem>> Search(
        HttpRequest request, ExperienceIndex index, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (query, errors) = ExperienceQueryParser.Parse(request.Query);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, ApiMessages.ValidationDetail, title: ApiMessages.ValidationTitle);
        var result = await index.SearchAsync(query, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return TypedResults.Ok(new ExperienceListResponse(
            result.Total, query.Page, result.Hits.Select(h => ExperienceResponse.From(h.Sheet, today)).ToList(),
            result.Themes, result.Innovations, result.Carriers, result.Regions, result.Departements));
    }

    private static async Task<Results<Ok<ExperienceResponse>, ProblemHttpResult>> Get(
        string slug, ExperienceService sheets, TimeProvider clock, CancellationToken cancellationToken)
    {
        var sheet = slug.Length > 200 ? null : await sheets.FindPublishedAsync(slug, cancellationToken);
        if (sheet is null) return TypedResults.Problem(ExperienceUi.ApiNotFound, statusCode: StatusCodes.Status404NotFound, title: ExperienceUi.ApiNotFoundTitle);
        return TypedResults.Ok(ExperienceResponse.From(sheet, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Plateforme.Crawler.Health;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Security;

namespace Plateforme.Web.Admin.Sources.Api;

/// <summary>
/// The admin pages' data as JSON: sources with their health and runs, and "run now". Anonymous callers get a 401
/// problem and signed-in non-administrators a 403 problem (not the cookie's redirect to the sign-in page).
/// </summary>
public static class SourcesAdminApi
{
    public const string BasePath = "/api/admin/sources";

    public static IEndpointRouteBuilder MapSourcesAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath).WithTags("Administration des sources").RequireAdministratorOrProblem();
        group.MapGet("/", List).WithName("AdminListSources").WithSummary("Toutes les sources, leur santé et leur dernier passage.");
        group.MapGet("/{id}", Get).WithName("AdminGetSource").WithSummary("Une source, l'historique de ses passages et ses liens morts.");
        // The cookie is what authenticates this API, so a cross-site form could carry it: the antiforgery token is
        // required in the RequestVerificationToken header (the admin pages render one), as for every form.
        group.MapPost("/{id}/runs", Run).RequireAntiforgeryToken().WithName("AdminRunSource").WithSummary("Lance un passage de la source en arrière-plan (202), sauf s'il y en a déjà un (409).");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<AdminSourceResponse>>> List(SourceStatusQuery sources, CancellationToken cancellationToken)
    {
        var all = await sources.AllAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AdminSourceResponse>>([.. all.Select(AdminSourceResponse.From)]);
    }

    private static async Task<Results<Ok<AdminSourceDetailResponse>, ProblemHttpResult>> Get(string id, SourceStatusQuery sources, CancellationToken cancellationToken)
    {
        var detail = await sources.FindAsync(id, cancellationToken: cancellationToken);
        return detail is null ? Unknown(id) : TypedResults.Ok(AdminSourceDetailResponse.From(detail));
    }

    private static async Task<Results<Accepted<SourceRunAccepted>, ProblemHttpResult>> Run(string id, SourceRunStarter starter, CancellationToken cancellationToken)
    {
        var location = $"{BasePath}/{Uri.EscapeDataString(id)}";
        return await starter.StartAsync(id, cancellationToken) switch
        {
            SourceRunStart.Started => TypedResults.Accepted(location, new SourceRunAccepted(id, location)),
            SourceRunStart.AlreadyRunning => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: CrawlerAdminText.ProblemAlreadyRunningTitle,
                detail: CrawlerAdminText.Format(CrawlerAdminText.AlreadyRunning, id)),
            _ => Unknown(id),
        };
    }

    private static ProblemHttpResult Unknown(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: CrawlerAdminText.ProblemUnknownSourceTitle,
            detail: CrawlerAdminText.Format(CrawlerAdminText.UnknownSource, id.Length <= 100 ? id : id[..100]));
}

using Plateforme.Web.Shared.Navigation;
using Plateforme.Web.Shared.Security;
using Plateforme.Lending.Ledger;

namespace Plateforme.Web.Lending.Health;

/// <summary>
/// GET /api/admin/lending/health for administrators: the ledger invariants (<see cref="LedgerInvariantChecker"/>)
/// as JSON, 200 when they all hold and 503 with the broken ones otherwise, so a monitor can watch it; 401/403
/// problems (not the sign-in redirect) for anyone else.
/// </summary>
public static class LendingHealthEndpoint
{
    public const string Path = LendingPaths.Health;

    public static IEndpointRouteBuilder MapLendingHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (LedgerInvariantChecker checker, HttpContext http, CancellationToken cancellationToken) =>
        {
            var report = await checker.CheckAsync(cancellationToken);
            http.Response.Headers.CacheControl = "no-store";
            var body = new LendingHealthResponse(report.IsHealthy ? "Healthy" : "Unhealthy", report.IsHealthy, report.Transactions, report.Entries, report.Violations);
            return Results.Json(body, statusCode: report.IsHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        })
        .RequireAdministratorOrProblem()
        .WithName("LendingHealth")
        .WithTags("Administration");
        return app;
    }
}

using Plateforme.Web.Shared.Navigation;
using Plateforme.Web.Shared.Security;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Messages;

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
            var differences = await PaymentDifferencesAsync(http.RequestServices, cancellationToken);
            var healthy = report.IsHealthy && (differences is null || differences.Count == 0);
            var undelivered = (await http.RequestServices.GetRequiredService<OutgoingMessages>().ListGivenUpAsync(100, cancellationToken))
                .Select(m => new UndeliveredMessageLine(m.Id, m.Kind.ToString(), m.CampaignId, m.RecipientUserId, m.FailedAttempts, m.LastError, m.GivenUpAt!.Value))
                .ToList();
            var body = new LendingHealthResponse(healthy ? "Healthy" : "Unhealthy", healthy, report.Transactions, report.Entries, report.Violations, differences,
                undelivered);
            return Results.Json(body, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        })
        .RequireAdministratorOrProblem()
        .WithName("LendingHealth")
        .WithTags("Administration");
        return app;
    }

    // Stripe's daily reconciliation over the last 30 days; none when payments are offline.
    private static async Task<List<PaymentDifferenceLine>?> PaymentDifferencesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetService<Plateforme.Lending.Payments.Reconciliation.StripeReconciliation>() is not { } reconciliation) return null;
        return (await reconciliation.ListAsync(30, cancellationToken))
            .Select(d => new PaymentDifferenceLine(d.Day, d.ObjectKind, d.ObjectId, d.ProviderCents, d.LedgerCents, d.Detail)).ToList();
    }
}

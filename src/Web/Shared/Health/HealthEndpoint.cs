using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Plateforme.Web.Shared.Security;

namespace Plateforme.Web.Shared.Health;

/// <summary>
/// /health for everyone: the overall status and each check's status, nothing more (503 when a check is
/// unhealthy; degraded still serves, so 200); /health/live and /health/ready the same over the checks tagged "live" or "ready"; /health/details
/// for administrators: each check's status, duration, description, tags and figures (401/403 problems otherwise).
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/health";
    public const string DetailsPath = "/health/details";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static readonly Dictionary<HealthStatus, int> StatusCodesByHealth = new()
    {
        [HealthStatus.Healthy] = StatusCodes.Status200OK,
        // A degraded node still answers its visitors (a slow indexer, a pending migration): a load balancer keeps it.
        [HealthStatus.Degraded] = StatusCodes.Status200OK,
        [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
    };

    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder app)
    {
        // MapHealthChecks answers every method; a probe reads, so only GET and HEAD are routed.
        var readOnly = new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]);
        app.MapHealthChecks(Path, Public(_ => true)).WithMetadata(readOnly);
        app.MapHealthChecks(Path + "/live", Public(check => check.Tags.Contains("live"))).WithMetadata(readOnly);
        app.MapHealthChecks(Path + "/ready", Public(check => check.Tags.Contains("ready"))).WithMetadata(readOnly);
        app.MapGet(DetailsPath, DetailsAsync).RequireAdministratorOrProblem()
            .WithTags("Santé").WithName("AdminHealthDetails").WithSummary("L'état détaillé de chaque vérification (administrateurs).");
        return app;
    }

    private static HealthCheckOptions Public(Func<HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        ResultStatusCodes = StatusCodesByHealth,
        ResponseWriter = WritePublicAsync,
    };

    private static Task WritePublicAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString() }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }

    private static async Task<IResult> DetailsAsync(HttpContext context, HealthCheckService health, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        // Descriptions and figures only: an exception's message may name a host or a connection string, so only its type is shown.
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new
                {
                    status = e.Value.Status.ToString(),
                    durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                    description = e.Value.Description,
                    error = e.Value.Exception?.GetType().Name,
                    tags = e.Value.Tags,
                    data = e.Value.Data,
                }),
        };
        return Results.Text(JsonSerializer.Serialize(body, Json), "application/json; charset=utf-8", statusCode: StatusCodesByHealth[report.Status]);
    }
}

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Plateforme.Search.Health;

/// <summary>
/// "index-consistency": the index equals the published catalogue. A difference is degraded, not unhealthy: the
/// site still answers and a restart (or the rebuild command) repairs the index from the database.
/// </summary>
public sealed class IndexConsistencyHealthCheck(IndexConsistency consistency) : IHealthCheck
{
    public const string Name = "index-consistency";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var report = await consistency.CheckAsync(cancellationToken).ConfigureAwait(false);
        var data = new Dictionary<string, object>
        {
            ["published"] = report.Published,
            ["documents"] = report.Documents,
            ["pending"] = report.Pending,
            ["missing"] = report.Missing,
            ["stale"] = report.Stale,
            ["extra"] = report.Extra,
        };
        var description = $"{report.Published} published, {report.Documents} indexed, {report.Pending} pending; missing {report.Missing}, stale {report.Stale}, extra {report.Extra}";
        return report.IsConsistent ? HealthCheckResult.Healthy(description, data) : HealthCheckResult.Degraded(description, data: data);
    }
}

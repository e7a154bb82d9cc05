using Microsoft.Extensions.Diagnostics.HealthChecks;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Health;

/// <summary>"index": the search index opened cleanly, and how many calls it holds.</summary>
public sealed class SearchIndexHealthCheck(ISearchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = index.Health();
        var data = new Dictionary<string, object>
        {
            ["backend"] = health.Backend,
            ["documents"] = health.DocumentCount,
        };
        return Task.FromResult(health.IsHealthy
            ? HealthCheckResult.Healthy($"{health.Backend}: {health.DocumentCount} calls indexed", data)
            : HealthCheckResult.Unhealthy($"{health.Backend}: {health.Problem}", data: data));
    }
}

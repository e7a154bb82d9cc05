using Plateforme.Data.Cluster;

namespace Plateforme.Crawler.Scheduling;

/// <summary>The crawler's name for <see cref="QuartzTables"/> (the tables moved to src/Data when other jobs joined the store).</summary>
public static class QuartzSchema
{
    /// <inheritdoc cref="QuartzTables.EnsureCreatedAsync"/>
    public static Task<bool> EnsureCreatedAsync(string connectionString, CancellationToken cancellationToken = default) =>
        QuartzTables.EnsureCreatedAsync(connectionString, cancellationToken);
}

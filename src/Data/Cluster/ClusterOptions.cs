using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Plateforme.Data.Cluster;

/// <summary>
/// "Cluster": the one switch of the multi-node mode. Off (default), everything runs in this process as on one
/// machine. On, the platform expects other web nodes on the same PostgreSQL database: the once-across-nodes jobs
/// run as clustered Quartz jobs, each node's Lucene index follows the outbox by its own position (rows are kept
/// for <see cref="OutboxRetention"/>), and an Elasticsearch index is fed by one node at a time.
/// </summary>
public sealed class ClusterOptions
{
    public const string SectionName = "Cluster";

    public bool Enabled { get; set; }

    /// <summary>This node's name in the logs and the job store; default: the machine name and the process id.</summary>
    public string? NodeName { get; set; }

    /// <summary>How long the outbox rows are kept for the nodes' replicas; a node stopped longer rebuilds its index at start.</summary>
    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromDays(7);

    public string Node => string.IsNullOrWhiteSpace(NodeName) ? $"{Environment.MachineName}-{Environment.ProcessId}" : NodeName;

    /// <summary>
    /// Reads the section while services are registered (it decides what is registered); the multi-node mode needs
    /// PostgreSQL, so a cluster on SQLite stops the boot here with a message naming the settings.
    /// </summary>
    public static ClusterOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(SectionName).Get<ClusterOptions>() ?? new ClusterOptions();
        if (options.Enabled && DatabaseOptions.Read(configuration).Provider != DatabaseProvider.PostgreSql)
        {
            throw new OptionsValidationException(SectionName, typeof(ClusterOptions),
                [$"{SectionName}:{nameof(Enabled)} is true but {DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)} is not PostgreSql: the nodes share one PostgreSQL database."]);
        }

        if (options.OutboxRetention < TimeSpan.FromHours(1))
        {
            throw new OptionsValidationException(SectionName, typeof(ClusterOptions),
                [$"{SectionName}:{nameof(OutboxRetention)} is {options.OutboxRetention}; keep the outbox at least one hour (default 7 days)."]);
        }

        return options;
    }
}

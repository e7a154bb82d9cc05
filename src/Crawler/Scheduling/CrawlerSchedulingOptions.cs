using System.ComponentModel.DataAnnotations;

namespace Plateforme.Crawler.Scheduling;

/// <summary>The "Crawler:Scheduling" configuration section.</summary>
public sealed class CrawlerSchedulingOptions
{
    public const string SectionName = "Crawler:Scheduling";

    /// <summary>Read by a host before it adds scheduling: false leaves crawling to a standalone worker (and to tests).</summary>
    public const string EnabledKey = SectionName + ":Enabled";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Each source starts up to this many minutes after its cron time, by a fixed offset drawn from its id,
    /// so fifty sources on "0 30 5 * * ?" do not all start at 5:30:00.
    /// </summary>
    [Range(0, 59)]
    public int SpreadMinutes { get; set; } = 15;

    /// <summary>Time zone of the definitions' cron expressions.</summary>
    [Required(AllowEmptyStrings = false)]
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>Memory (one process) or PostgreSql (Quartz clustered: every node shares the jobs, each fire runs once).</summary>
    [EnumDataType(typeof(SchedulingStore))]
    public SchedulingStore Store { get; set; } = SchedulingStore.Memory;

    /// <summary>
    /// The PostgreSQL database of the clustered store; empty means the platform's Database:ConnectionString when
    /// Database:Provider is PostgreSql.
    /// </summary>
    public string? ConnectionString { get; set; }
}

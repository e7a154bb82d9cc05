namespace Plateforme.Crawler.Health.Alarms;

/// <summary>
/// The last health state observed for a source, and whether its alarm went out: what makes the alarm e-mail go once
/// per change of state, across restarts and nodes.
/// </summary>
public sealed class SourceAlarm
{
    public required string SourceId { get; set; }

    public SourceHealthState State { get; set; }

    /// <summary>When the source entered <see cref="State"/> (as observed).</summary>
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>When the alarm of this state was handed to the mailer; null while it is due (or the state needs none).</summary>
    public DateTimeOffset? NotifiedAt { get; set; }
}

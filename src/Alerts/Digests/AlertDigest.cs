namespace Plateforme.Alerts.Digests;

/// <summary>
/// One composed e-mail of an alert: written with its calls and the alert's new watermark in one transaction,
/// then sent and marked sent. A digest without <see cref="SentAt"/> is sent again by the next run.
/// </summary>
public sealed class AlertDigest
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AlertId { get; set; }
    public DateTimeOffset ComposedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Matching new calls found beyond the ones listed (more than the cap in one period).</summary>
    public int MoreCount { get; set; }

    public List<DigestCall> Calls { get; set; } = [];
}

namespace Plateforme.Alerts.Digests;

/// <summary>
/// A call delivered (or about to be) to an alert, with what the e-mail shows of it as composed. Its key is
/// (alert, call, window): the database itself refuses to give one alert the same call twice, or to announce the
/// same new window of it twice.
/// </summary>
public sealed class DigestCall
{
    public Guid AlertId { get; set; }
    public Guid CallId { get; set; }
    public Guid DigestId { get; set; }

    /// <summary>0 for the call's first delivery; for a « nouvelle session », the UTC ticks of the window's opening.</summary>
    public long WindowKey { get; set; }

    /// <summary>Announces a new window of a call the alert already received (« Nouvelle session »).</summary>
    public bool NewSession { get; set; }
    public DateOnly? OpensOn { get; set; }

    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string? Funders { get; set; }
    public DateOnly? Deadline { get; set; }

    /// <summary>Listed after the matching calls because it states no beneficiary or public (« public non précisé »).</summary>
    public bool PublicUnstated { get; set; }
    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>Order in the e-mail, newest first.</summary>
    public int Position { get; set; }
}

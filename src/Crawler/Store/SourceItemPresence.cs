namespace Plateforme.Crawler.Store;

/// <summary>
/// Whether an item of a source is still listed there: the count of complete runs in a row that missed it
/// decides when its call is withdrawn; a 404/410 on its page marks the link dead.
/// </summary>
public sealed class SourceItemPresence
{
    public required string SourceId { get; set; }
    public required string ExternalId { get; set; }
    public Guid CallId { get; set; }

    /// <summary>The page of the item on the source, canonical form.</summary>
    public required string Url { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>Complete runs in a row that did not list the item.</summary>
    public int MissedRuns { get; set; }

    /// <summary>Set when the source stopped listing the item; cleared if it comes back.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>When the item's page last answered 404 or 410; cleared when it answers again.</summary>
    public DateTimeOffset? LinkDeadSince { get; set; }
    public int? LinkStatusCode { get; set; }
}

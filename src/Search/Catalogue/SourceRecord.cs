namespace Plateforme.Search.Catalogue;

/// <summary>One listing of a call on one source: a call found on three sites has three records.</summary>
public sealed class SourceRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CallId { get; set; }
    public required string SourceId { get; set; }
    public required string ExternalId { get; set; }
    public required string Url { get; set; }

    /// <summary>What the source gave us, kept for audit and re-extraction.</summary>
    public string? RawPayload { get; set; }
    public string? Licence { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}

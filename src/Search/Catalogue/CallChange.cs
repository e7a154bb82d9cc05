namespace Plateforme.Search.Catalogue;

/// <summary>One entry of a call's history: who changed what, when and why.</summary>
public sealed class CallChange
{
    public long Id { get; set; }
    public Guid CallId { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>"crawler:region-hdf", "moderator:42", "seed:demo"… never an e-mail address.</summary>
    public required string Actor { get; set; }
    public CallChangeKind Kind { get; set; }
    public string? Reason { get; set; }

    /// <summary>JSON object of changed fields: { "Deadline": { "before": "…", "after": "…" } }.</summary>
    public string? DiffJson { get; set; }
}

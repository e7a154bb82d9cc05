namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>One step of a file's history: who, when, and what (the fields changed, the status moved, the item pinned).</summary>
public sealed class OpportunityChange
{
    public long Id { get; set; }
    public Guid OpportunityId { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The person's name at the time (the history stays readable after an account is renamed).</summary>
    public string UserName { get; set; } = "";

    public ChangeKind Kind { get; set; }

    /// <summary>Edited: the input's field names, comma-separated. Status: the status before.</summary>
    public string Detail { get; set; } = "";

    /// <summary>Status: the status after. Pinned/unpinned, published, campaign: the title of what it concerns.</summary>
    public string Target { get; set; } = "";

    public IReadOnlyList<string> Fields => Opportunity.Split(Detail);
}

namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>A suggestion the team keeps on the file (« épinglé »), with why it matched when it was kept.</summary>
public sealed class OpportunityPin
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OpportunityId { get; set; }
    public PinKind Kind { get; set; }

    /// <summary>The call's or the sheet's id.</summary>
    public Guid TargetId { get; set; }

    /// <summary>The call's or the sheet's address part, for the link.</summary>
    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The reasons shown when it was pinned, in French, one per line.</summary>
    public string Reasons { get; set; } = "";

    public DateTimeOffset PinnedAt { get; set; }
    public Guid PinnedBy { get; set; }
}

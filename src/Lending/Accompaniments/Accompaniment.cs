namespace Plateforme.Lending.Accompaniments;

/// <summary>
/// A partner structure accompanying a campaign's carrier: who, the meetings, the committee and its decision, and the
/// other financing obtained. The structure is an id of the accounts module (the lending module does not know it).
/// </summary>
public sealed class Accompaniment
{
    public Guid CampaignId { get; set; }

    public Guid StructureId { get; set; }

    /// <summary>The conseiller in charge, once one has recorded something.</summary>
    public string? CounsellorUserId { get; set; }

    public DateOnly? CommitteeDate { get; set; }

    public AccompanimentDecision Decision { get; set; }

    public string DecisionNote { get; set; } = "";

    public DateTimeOffset AssignedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the structure's conseillers were told of this accompaniment (once per structure chosen).</summary>
    public DateTimeOffset? CounsellorsNotifiedAt { get; set; }

    public List<AccompanimentMeeting> Meetings { get; set; } = [];

    public List<OtherFinancing> Financings { get; set; } = [];

    /// <summary>The other financing, in cents: what the campaign levers.</summary>
    public long LeveragedCents => Financings.Sum(f => f.AmountCents);
}

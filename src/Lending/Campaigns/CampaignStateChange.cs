namespace Plateforme.Lending.Campaigns;

/// <summary>One recorded transition: who moved the campaign, when and why (never updated nor deleted).</summary>
public sealed class CampaignStateChange
{
    public long Id { get; init; }
    public Guid CampaignId { get; init; }
    public CampaignState From { get; init; }
    public CampaignState To { get; init; }

    /// <summary>A user id, or <see cref="CampaignActors.Clock"/> for automatic moves.</summary>
    public required string ActorId { get; init; }
    public required string Reason { get; init; }
    public DateTimeOffset At { get; init; }
}

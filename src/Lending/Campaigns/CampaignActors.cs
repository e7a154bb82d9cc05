namespace Plateforme.Lending.Campaigns;

/// <summary>Actor ids that are not users.</summary>
public static class CampaignActors
{
    /// <summary>The scheduler calling <see cref="Clock.CampaignClock"/>.</summary>
    public const string Clock = "system:clock";
}

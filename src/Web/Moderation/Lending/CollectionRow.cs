using Plateforme.Lending.Campaigns;

namespace Plateforme.Web.Moderation.Lending;

/// <summary>A campaign collecting money: what is promised, what was received, what still awaits a payment.</summary>
public sealed record CollectionRow(Campaign Campaign, long PledgedCents, long CollectedCents, int PendingCount, long PendingCents)
{
    public bool ReadyToDisburse => Campaign.State == CampaignState.Funded && PendingCount == 0;
}

using System.Globalization;
using Plateforme.Lending.Campaigns;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Shared.Lending;

/// <summary>How the pages name a campaign's state, and which states the public may see.</summary>
public static class CampaignStates
{
    public static readonly CultureInfo French = FrenchFormat.Culture;

    /// <summary>Drafts, submissions and rejections stay private to their carrier and the moderators.</summary>
    public static bool IsPublic(CampaignState state) =>
        state is not (CampaignState.Draft or CampaignState.Submitted or CampaignState.Rejected);

    public static string Label(CampaignState state) => state switch
    {
        CampaignState.Draft => LendingText.StateDraft,
        CampaignState.Submitted => LendingText.StateSubmitted,
        CampaignState.Published => LendingText.StatePublished,
        CampaignState.Funded => LendingText.StateFunded,
        CampaignState.Failed => LendingText.StateFailed,
        CampaignState.Disbursed => LendingText.StateDisbursed,
        CampaignState.Repaying => LendingText.StateRepaying,
        CampaignState.Repaid => LendingText.StateRepaid,
        CampaignState.Defaulted => LendingText.StateDefaulted,
        CampaignState.Rejected => LendingText.StateRejected,
        CampaignState.Cancelled => LendingText.StateCancelled,
        _ => state.ToString(),
    };
}

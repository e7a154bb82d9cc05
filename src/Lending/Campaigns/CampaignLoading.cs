using Plateforme.Lending.Resources;
using Plateforme.Lending.Store;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Campaigns;

/// <summary>Loads a campaign for a change, under its lock, and turns refused moves into French messages.</summary>
internal static class CampaignLoading
{
    public const string StateField = "State";

    public static async Task<Campaign> LockAsync(LendingDbContext db, Guid campaignId, CancellationToken cancellationToken)
    {
        return await db.FindLockedCampaignAsync(campaignId, cancellationToken)
            ?? throw new LendingNotFoundException(LendingMessages.CampaignNotFound);
    }

    /// <summary>Refuses, with a French message, a move the table does not allow from the current state.</summary>
    public static void EnsureCan(Campaign campaign, CampaignState to)
    {
        if (!CampaignTransitions.IsAllowed(campaign.State, to))
        {
            throw LendingValidationException.For(StateField, LendingMessageFormat.Format(LendingMessages.ActionNotAllowedInState, FrenchName(campaign.State)));
        }
    }

    public static void EnsureCarrier(Campaign campaign, string actorId)
    {
        if (!string.Equals(campaign.CarrierUserId, actorId, StringComparison.Ordinal))
        {
            throw LendingValidationException.For("ActorId", LendingMessages.CarrierOnly);
        }
    }

    public static string FrenchName(CampaignState state) => state switch
    {
        CampaignState.Draft => LendingMessages.StateDraft,
        CampaignState.Submitted => LendingMessages.StateSubmitted,
        CampaignState.Published => LendingMessages.StatePublished,
        CampaignState.Funded => LendingMessages.StateFunded,
        CampaignState.Failed => LendingMessages.StateFailed,
        CampaignState.Disbursed => LendingMessages.StateDisbursed,
        CampaignState.Repaying => LendingMessages.StateRepaying,
        CampaignState.Repaid => LendingMessages.StateRepaid,
        CampaignState.Defaulted => LendingMessages.StateDefaulted,
        CampaignState.Rejected => LendingMessages.StateRejected,
        CampaignState.Cancelled => LendingMessages.StateCancelled,
        _ => state.ToString(),
    };
}

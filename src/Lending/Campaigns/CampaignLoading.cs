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
            ?? throw new LendingNotFoundException("Cette campagne n'existe pas.");
    }

    /// <summary>Refuses, with a French message, a move the table does not allow from the current state.</summary>
    public static void EnsureCan(Campaign campaign, CampaignState to)
    {
        if (!CampaignTransitions.IsAllowed(campaign.State, to))
        {
            throw LendingValidationException.For(StateField, $"Cette action n'est pas possible : la campagne est à l'état « {FrenchName(campaign.State)} ».");
        }
    }

    public static void EnsureCarrier(Campaign campaign, string actorId)
    {
        if (!string.Equals(campaign.CarrierUserId, actorId, StringComparison.Ordinal))
        {
            throw LendingValidationException.For("ActorId", "Seul le porteur du projet peut faire cette action.");
        }
    }

    public static string FrenchName(CampaignState state) => state switch
    {
        CampaignState.Draft => "brouillon",
        CampaignState.Submitted => "soumise",
        CampaignState.Published => "en ligne",
        CampaignState.Funded => "financée",
        CampaignState.Failed => "non financée",
        CampaignState.Disbursed => "versée",
        CampaignState.Repaying => "en remboursement",
        CampaignState.Repaid => "remboursée",
        CampaignState.Defaulted => "en défaut",
        CampaignState.Rejected => "refusée",
        CampaignState.Cancelled => "annulée",
        _ => state.ToString(),
    };
}

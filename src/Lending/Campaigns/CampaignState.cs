namespace Plateforme.Lending.Campaigns;

/// <summary>The life of a campaign; stored as text. <see cref="CampaignTransitions"/> says which moves are allowed.</summary>
public enum CampaignState
{
    Draft,
    Submitted,
    Published,

    /// <summary>Goal reached at the end date: pledges are being collected and confirmed.</summary>
    Funded,

    /// <summary>Goal missed, or collection fell short: nothing collected for loans, everything returned.</summary>
    Failed,
    Disbursed,
    Repaying,
    Repaid,
    Defaulted,
    Rejected,

    /// <summary>Stopped before disbursement; every collected pledge was returned.</summary>
    Cancelled,
}

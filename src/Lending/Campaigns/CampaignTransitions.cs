namespace Plateforme.Lending.Campaigns;

/// <summary>The one table of allowed state changes. Anything not listed here is refused.</summary>
public static class CampaignTransitions
{
    private static readonly HashSet<(CampaignState From, CampaignState To)> Table =
    [
        (CampaignState.Draft, CampaignState.Submitted),
        (CampaignState.Draft, CampaignState.Cancelled),
        (CampaignState.Submitted, CampaignState.Published),
        (CampaignState.Submitted, CampaignState.Rejected),
        (CampaignState.Submitted, CampaignState.Draft),
        (CampaignState.Submitted, CampaignState.Cancelled),
        (CampaignState.Published, CampaignState.Funded),
        (CampaignState.Published, CampaignState.Failed),
        (CampaignState.Published, CampaignState.Cancelled),
        (CampaignState.Funded, CampaignState.Disbursed),
        (CampaignState.Funded, CampaignState.Failed),
        (CampaignState.Funded, CampaignState.Cancelled),
        (CampaignState.Disbursed, CampaignState.Repaying),
        (CampaignState.Disbursed, CampaignState.Repaid),
        (CampaignState.Disbursed, CampaignState.Defaulted),
        (CampaignState.Repaying, CampaignState.Repaid),
        (CampaignState.Repaying, CampaignState.Defaulted),
    ];

    /// <summary>Every allowed (from, to) pair, for documentation and tests.</summary>
    public static IReadOnlyCollection<(CampaignState From, CampaignState To)> Allowed => Table;

    public static bool IsAllowed(CampaignState from, CampaignState to) => Table.Contains((from, to));

    /// <summary>States no transition leaves.</summary>
    public static bool IsFinal(CampaignState state) => Table.All(t => t.From != state);
}

namespace Plateforme.Lending.Campaigns;

public enum FundingMode
{
    /// <summary>Funded only if the goal is reached; otherwise everyone gets everything back.</summary>
    AllOrNothing,

    /// <summary>Funded with whatever was pledged (at least the minimum goal) when the end date comes.</summary>
    KeepWhatIsRaised,
}

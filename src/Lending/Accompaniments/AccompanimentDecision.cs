namespace Plateforme.Lending.Accompaniments;

/// <summary>The accompanying structure's committee decision on a campaign.</summary>
public enum AccompanimentDecision
{
    Pending,
    Favourable,
    Unfavourable,
}

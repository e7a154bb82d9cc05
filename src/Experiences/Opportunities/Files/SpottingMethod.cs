namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>The grid's « process de repérage »: how the opportunity was spotted.</summary>
public enum SpottingMethod
{
    NeighbourhoodVisit,
    DialogueSpace,
    Interviews,
    CallForInterest,
}

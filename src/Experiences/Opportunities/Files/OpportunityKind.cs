namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>« Type d'opportunité », in the order of the detection grid (étape 1).</summary>
public enum OpportunityKind
{
    Wasteland,
    CreatorOrDeveloper,
    VacantPremises,
    CulturalResources,
    NewEconomicActor,
    CollectiveStructure,
}

namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>Where a file stands: spotted (étape 1), explored with its carriers (étape 2), a project, or given up.</summary>
public enum OpportunityStatus
{
    Spotted,
    Exploring,
    Project,
    Abandoned,
}

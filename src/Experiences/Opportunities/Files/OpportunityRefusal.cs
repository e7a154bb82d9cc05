namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>Why a change was refused outright: the page answers 404 or 403.</summary>
public enum OpportunityRefusal
{
    NotFound,
    NotTheTeams,
}

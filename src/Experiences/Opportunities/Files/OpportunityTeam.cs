namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>A team that keeps files: an organisation or a partner structure, with its name for display.</summary>
public sealed record OpportunityTeam(TeamKind Kind, Guid Id, string Name)
{
    /// <summary>The form's value for this team (« organisation:… », « structure:… »).</summary>
    public string Key => $"{(Kind == TeamKind.Organisation ? "organisation" : "structure")}:{Id}";
}

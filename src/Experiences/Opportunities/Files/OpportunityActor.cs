namespace Plateforme.Experiences.Opportunities.Files;

/// <summary>
/// The signed-in person as the files see them: their teams (every organisation they belong to, every structure
/// they work for). A file is shared by its whole team and by no one else: there is no public reading.
/// </summary>
public sealed record OpportunityActor(Guid UserId, string DisplayName, IReadOnlyList<OpportunityTeam> Teams)
{
    public bool BelongsTo(TeamKind kind, Guid teamId) => Teams.Any(t => t.Kind == kind && t.Id == teamId);

    public bool CanSee(Opportunity file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return BelongsTo(file.TeamKind, file.TeamId);
    }
}

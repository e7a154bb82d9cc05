using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Structures;
using Plateforme.Accounts.Users;
using Plateforme.Experiences.Opportunities.Files;

namespace Plateforme.Web.Opportunities;

/// <summary>The signed-in person as the workspace sees them: every organisation they belong to and every structure they work for.</summary>
public sealed class OpportunityActors(OrganisationService organisations, StructureService structures, UserManager<PlatformUser> users)
{
    public async Task<OpportunityActor> ReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.RequiredUserId();
        var teams = new List<OpportunityTeam>();
        foreach (var (organisation, _) in await organisations.ForUserAsync(userId, cancellationToken))
            teams.Add(new OpportunityTeam(TeamKind.Organisation, organisation.Id, organisation.Name));
        foreach (var position in await structures.PositionsOfAsync(userId, cancellationToken))
            teams.Add(new OpportunityTeam(TeamKind.Structure, position.StructureId, position.StructureName));
        var person = await users.GetUserAsync(user);
        var name = person is { DisplayName.Length: > 0 } ? person.DisplayName : person?.Email ?? user.Identity?.Name ?? "";
        return new OpportunityActor(userId, name, teams);
    }
}

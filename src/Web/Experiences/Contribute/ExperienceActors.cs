using System.Security.Claims;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Users;
using Plateforme.Experiences.Sheets;

namespace Plateforme.Web.Experiences.Contribute;

/// <summary>The signed-in person as the sheets see them: their id, their organisations, whether they moderate.</summary>
public static class ExperienceActors
{
    public static async Task<(ExperienceActor Actor, IReadOnlyList<Organisation> Organisations)> ReadAsync(
        ClaimsPrincipal user, OrganisationService organisations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        var userId = user.RequiredUserId();
        var memberships = await organisations.ForUserAsync(userId, cancellationToken);
        var list = memberships.Select(m => m.Organisation).ToList();
        return (new ExperienceActor(userId, list.Select(o => o.Id).ToList(), user.IsModerator()), list);
    }
}

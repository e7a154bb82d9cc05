using System.Security.Claims;
using Plateforme.Accounts.Security;
using Plateforme.Accounts.Structures;
using Plateforme.Accounts.Users;

namespace Plateforme.Web.Structures;

/// <summary>Who may open a structure's own pages: its staff (any role) and the platform's administrators.</summary>
public static class StaffAccess
{
    public static bool MaySee(ClaimsPrincipal user, Guid structureId) =>
        user.IsAdministrator() || user.RoleIn(structureId) is not null;

    /// <summary>Recording an accompaniment: the structure's conseillers and administrators, and the platform's administrators.</summary>
    public static bool MayAccompany(ClaimsPrincipal user, Guid structureId) =>
        user.IsAdministrator() || user.RoleIn(structureId) is StaffRole.Counsellor or StaffRole.Administrator;
}

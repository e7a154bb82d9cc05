using System.Globalization;
using System.Security.Claims;
using Plateforme.Accounts.Structures;

namespace Plateforme.Accounts.Security;

/// <summary>
/// The claims that carry a person's structure positions ("structureId|Role|dep:80,dep:60"), added to the
/// principal on every request by <see cref="StructureClaimsTransformation"/>, so a new position counts at once.
/// </summary>
public static class StructureClaims
{
    public const string Type = "plateforme:structure";

    /// <summary>The authentication type of the identity holding the claims (also the marker that they were added).</summary>
    public const string IdentityType = "plateforme-structures";

    public static string Encode(StaffPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return string.Join('|', position.StructureId.ToString("D", CultureInfo.InvariantCulture), position.Role.ToString(), string.Join(',', position.Territories), position.Slug, position.StructureName);
    }

    /// <summary>The positions of the signed-in person (none for visitors and people without a position).</summary>
    public static IReadOnlyList<StaffPosition> Positions(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var positions = new List<StaffPosition>();
        foreach (var claim in principal.FindAll(Type))
        {
            var parts = claim.Value.Split('|', 5);
            if (parts.Length != 5 || !Guid.TryParse(parts[0], out var id) || !Enum.TryParse<StaffRole>(parts[1], out var role)) continue;
            positions.Add(new StaffPosition(id, parts[4], parts[3], role, parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries)));
        }

        return positions;
    }

    /// <summary>Moderates the scope of at least one structure (administrator or moderator of it).</summary>
    public static bool ModeratesAStructure(this ClaimsPrincipal principal) => principal.Positions().Any(p => p.Moderates);

    /// <summary>The person's role in the structure, or null.</summary>
    public static StaffRole? RoleIn(this ClaimsPrincipal principal, Guid structureId) =>
        principal.Positions().FirstOrDefault(p => p.StructureId == structureId)?.Role;
}

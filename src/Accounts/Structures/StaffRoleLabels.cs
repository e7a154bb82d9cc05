using Plateforme.Accounts.Resources;

namespace Plateforme.Accounts.Structures;

/// <summary>The French names of staff roles and structure kinds.</summary>
public static class StaffRoleLabels
{
    public static string Role(StaffRole role) => role switch
    {
        StaffRole.Administrator => StructureText.RoleAdministrator,
        StaffRole.Moderator => StructureText.RoleModerator,
        StaffRole.Counsellor => StructureText.RoleCounsellor,
        _ => role.ToString(),
    };

    public static string Kind(StructureKind kind) => kind switch
    {
        StructureKind.InitiativePlatform => StructureText.KindInitiative,
        StructureKind.FranceActive => StructureText.KindFranceActive,
        StructureKind.MaisonDesAssociations => StructureText.KindMaison,
        StructureKind.CentreDeRessources => StructureText.KindCentre,
        StructureKind.Collectivite => StructureText.KindCollectivite,
        StructureKind.Reseau => StructureText.KindReseau,
        _ => kind.ToString(),
    };
}

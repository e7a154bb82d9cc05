using Plateforme.Accounts.Organisations;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Accounts;

/// <summary>French names of the accounts module's values.</summary>
public static class AccountLabels
{
    public static string Role(OrganisationRole role) => role == OrganisationRole.Owner ? AccountUi.RoleOwner : AccountUi.RoleMember;

    public static string Kind(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Association => AccountUi.KindAssociation,
        OrganisationKind.Collectivite => AccountUi.KindCollectivite,
        OrganisationKind.Fondation => AccountUi.KindFondation,
        _ => AccountUi.KindEntreprise,
    };
}

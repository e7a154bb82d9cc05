using Plateforme.Accounts.Organisations;
using Plateforme.Alerts.Applications;
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

    public static string Size(OrganisationSize size) => AccountUi.ResourceManager.GetString("Size_" + size, AccountUi.Culture) ?? size.ToString();

    /// <summary>A stage of the pipeline, in the plural (« Déposées »).</summary>
    public static string Stage(ApplicationStatus status) => AccountUi.ResourceManager.GetString("PipelineStatus_" + status, AccountUi.Culture) ?? status.ToString();
}

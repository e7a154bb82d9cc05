using Plateforme.Accounts.Organisations;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Shared.Lending;

/// <summary>The legal form a person reads for an organisation's kind (« Collectivité », not the enum's « Collectivite »).</summary>
public static class OrganisationKindNames
{
    public static string Of(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Association => LendingPageText.KindAssociation,
        OrganisationKind.Collectivite => LendingPageText.KindCollectivite,
        OrganisationKind.Fondation => LendingPageText.KindFondation,
        _ => LendingPageText.KindEntreprise,
    };
}

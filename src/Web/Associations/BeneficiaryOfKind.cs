using Plateforme.Accounts.Organisations;
using Plateforme.Search.Reference;

namespace Plateforme.Web.Associations;

/// <summary>
/// Which of the catalogue's beneficiaries an organisation is: an association or a foundation applies where
/// associations may; a local authority by its level (its territory says commune, EPCI, département or région).
/// </summary>
public static class BeneficiaryOfKind
{
    public static string? For(OrganisationKind kind, TerritoryCode? territory) => kind switch
    {
        OrganisationKind.Association or OrganisationKind.Fondation => BeneficiarySlugs.Association,
        OrganisationKind.Entreprise => BeneficiarySlugs.PrivateCompany,
        OrganisationKind.Collectivite => territory?.Level switch
        {
            TerritoryLevel.Commune => BeneficiarySlugs.Commune,
            TerritoryLevel.Epci => BeneficiarySlugs.Epci,
            TerritoryLevel.Departement => BeneficiarySlugs.Departement,
            TerritoryLevel.Region => BeneficiarySlugs.Region,
            _ => null,
        },
        _ => null,
    };
}

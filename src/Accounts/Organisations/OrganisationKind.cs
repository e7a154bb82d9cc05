namespace Plateforme.Accounts.Organisations;

public enum OrganisationKind
{
    Association,
    Collectivite,
    Fondation,
    Entreprise,
}

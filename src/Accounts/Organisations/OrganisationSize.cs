namespace Plateforme.Accounts.Organisations;

/// <summary>How big an organisation is, as a funder asks it (bands of employees).</summary>
public enum OrganisationSize
{
    NotStated,
    VolunteersOnly,
    UpToTenEmployees,
    UpToFiftyEmployees,
    MoreThanFiftyEmployees,
}

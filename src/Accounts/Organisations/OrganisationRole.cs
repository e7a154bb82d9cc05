namespace Plateforme.Accounts.Organisations;

/// <summary>A person's role inside one organisation.</summary>
public enum OrganisationRole
{
    Owner,
    Member,
}

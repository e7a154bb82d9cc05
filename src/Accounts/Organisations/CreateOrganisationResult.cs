namespace Plateforme.Accounts.Organisations;

/// <summary>The new organisation's id, or French messages keyed by field name.</summary>
public sealed record CreateOrganisationResult(Guid? Id, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Id is not null;
}

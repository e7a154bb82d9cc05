namespace Plateforme.Accounts.Organisations;

/// <summary>What a person types to register their organisation; territory is "level:code", checked by the caller.</summary>
public sealed record NewOrganisation(string Name, OrganisationKind Kind, string Identifier, string Address, string Territory);

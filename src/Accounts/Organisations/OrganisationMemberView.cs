namespace Plateforme.Accounts.Organisations;

/// <summary>A member as shown on the organisation's page.</summary>
public sealed record OrganisationMemberView(Guid UserId, string DisplayName, OrganisationRole Role);

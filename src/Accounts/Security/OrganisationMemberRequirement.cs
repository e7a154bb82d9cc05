using Microsoft.AspNetCore.Authorization;

namespace Plateforme.Accounts.Security;

/// <summary>The signed-in person belongs to the organisation of the current route.</summary>
public sealed class OrganisationMemberRequirement : IAuthorizationRequirement;

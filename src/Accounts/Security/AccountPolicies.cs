namespace Plateforme.Accounts.Security;

/// <summary>Authorization policy names: use with [Authorize(Policy = ...)] or RequireAuthorization(...).</summary>
public static class AccountPolicies
{
    /// <summary>Moderators and administrators.</summary>
    public const string Moderator = "Moderator";

    public const string Administrator = "Administrator";

    /// <summary>Members of the organisation named by the route value "organisationId" (administrators too).</summary>
    public const string OrganisationMember = "OrganisationMember";

    /// <summary>The route value the <see cref="OrganisationMember"/> policy reads.</summary>
    public const string OrganisationRouteValue = "organisationId";
}

namespace Plateforme.Accounts.Security;

/// <summary>Authorization policy names: use with [Authorize(Policy = ...)] or RequireAuthorization(...).</summary>
public static class AccountPolicies
{
    /// <summary>Moderators and administrators of the platform, and the moderators of a structure (who see their scope only).</summary>
    public const string Moderator = "Moderator";

    public const string Administrator = "Administrator";

    /// <summary>Members of the organisation named by the route value "organisationId" (administrators too).</summary>
    public const string OrganisationMember = "OrganisationMember";

    /// <summary>The route value the <see cref="OrganisationMember"/> policy reads.</summary>
    public const string OrganisationRouteValue = "organisationId";

    /// <summary>Platform administrators and anyone working for a structure (which one is the page's own check).</summary>
    public const string StructureStaff = "StructureStaff";

    /// <summary>
    /// The platform's own moderators and administrators only: what has no territory (fiscal receipt registers of every
    /// issuer) and so no structure's scope.
    /// </summary>
    public const string PlatformModerator = "PlatformModerator";
}

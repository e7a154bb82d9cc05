using System.Security.Claims;

namespace Plateforme.Accounts.Users;

/// <summary>Reads the signed-in person from a <see cref="ClaimsPrincipal"/> (HttpContext.User or the Blazor authentication state).</summary>
public static class CurrentUser
{
    /// <summary>The user's id, or null for an anonymous visitor.</summary>
    public static Guid? UserId(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true) return null;
        var value = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        return Guid.TryParse(value, out var id) ? id : null;
    }

    /// <summary>The user's id; throws for an anonymous visitor (use behind an authorization policy).</summary>
    public static Guid RequiredUserId(this ClaimsPrincipal principal) =>
        principal.UserId() ?? throw new InvalidOperationException("No signed-in user.");

    public static bool IsModerator(this ClaimsPrincipal principal) =>
        principal?.IsInRole(PlatformRoles.Moderator) == true || principal?.IsInRole(PlatformRoles.Administrator) == true;

    public static bool IsAdministrator(this ClaimsPrincipal principal) => principal?.IsInRole(PlatformRoles.Administrator) == true;
}

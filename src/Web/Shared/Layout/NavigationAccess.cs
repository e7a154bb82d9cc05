using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Plateforme.Accounts.Security;

namespace Plateforme.Web.Shared.Layout;

/// <summary>
/// Which links of the site's menu a person sees, read from the same policies as the pages they lead to. Read once
/// by the layout rather than by one AuthorizeView per link: each of those stays a component of the circuit, with
/// its buffers and authorization services, for as long as the page is open.
/// </summary>
public readonly record struct NavigationAccess(bool SignedIn, bool Administrator, bool Moderator)
{
    public static async Task<NavigationAccess> ReadAsync(IAuthorizationService authorization, ClaimsPrincipal user) => new(
        user.Identity?.IsAuthenticated == true,
        (await authorization.AuthorizeAsync(user, AccountPolicies.Administrator)).Succeeded,
        (await authorization.AuthorizeAsync(user, AccountPolicies.Moderator)).Succeeded);
}

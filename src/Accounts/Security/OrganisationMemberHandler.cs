using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Users;

namespace Plateforme.Accounts.Security;

/// <summary>
/// With endpoint routing the resource is the HttpContext: the organisation comes from its route values.
/// Another resource may be the organisation's id itself (from a component or a service).
/// </summary>
internal sealed class OrganisationMemberHandler : AuthorizationHandler<OrganisationMemberRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OrganisationMemberRequirement requirement)
    {
        if (context.User.UserId() is not { } userId) return;
        if (context.User.IsAdministrator())
        {
            context.Succeed(requirement);
            return;
        }

        var (organisationId, services) = context.Resource switch
        {
            HttpContext http => (ParseId(http.GetRouteValue(AccountPolicies.OrganisationRouteValue)), http.RequestServices),
            _ => (null, null),
        };
        if (organisationId is null || services is null) return;
        var role = await services.GetRequiredService<OrganisationService>().RoleOfAsync(organisationId.Value, userId).ConfigureAwait(false);
        if (role is not null) context.Succeed(requirement);
    }

    private static Guid? ParseId(object? value) => value switch
    {
        Guid id => id,
        string text when Guid.TryParse(text, out var id) => id,
        _ => null,
    };
}

using Plateforme.Accounts.Users;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Shared.Security;

/// <summary>
/// The endpoint filter of the administrators' JSON endpoints: an anonymous caller gets a 401 problem and a signed-in
/// person without the administrator role a 403 problem, never the cookie's redirect to the sign-in page.
/// </summary>
public static class AdministratorProblems
{
    /// <summary>Lets only administrators through <paramref name="builder"/>'s endpoints, answering problems otherwise.</summary>
    public static TBuilder RequireAdministratorOrProblem<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddEndpointFilter(FilterAsync);
        return builder;
    }

    private static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
                title: CrawlerAdminText.ProblemUnauthorizedTitle, detail: CrawlerAdminText.ProblemUnauthorizedDetail);
        }

        return user.IsAdministrator()
            ? await next(context)
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: CrawlerAdminText.ProblemForbiddenTitle, detail: CrawlerAdminText.ProblemForbiddenDetail);
    }
}

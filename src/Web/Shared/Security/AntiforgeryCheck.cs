using Microsoft.AspNetCore.Antiforgery;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Shared.Security;

/// <summary>
/// The antiforgery check of the endpoints that change state for a signed-in browser. ASP.NET Core checks the token
/// only when an endpoint binds form fields; an endpoint that binds nothing (a route value, no body) would accept a
/// cross-site form. This filter checks the token (form field or <c>RequestVerificationToken</c> header) whatever
/// the endpoint binds, before it runs.
/// </summary>
public static class AntiforgeryCheck
{
    /// <summary>
    /// Refuses a request of <paramref name="builder"/>'s endpoints without a valid token: a 400 problem under /api,
    /// a plain 400 page elsewhere, or what <paramref name="refused"/> answers.
    /// </summary>
    public static TBuilder RequireAntiforgeryToken<TBuilder>(this TBuilder builder, Func<HttpContext, IResult>? refused = null)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (await antiforgery.IsRequestValidAsync(http)) return await next(context);
            return refused?.Invoke(http) ?? Refusal(http);
        });
        return builder;
    }

    private static IResult Refusal(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: ApiMessages.AntiforgeryTitle, detail: ApiMessages.AntiforgeryDetail)
            : Results.Text(ApiMessages.AntiforgeryPage, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}

using Microsoft.AspNetCore.Diagnostics;

namespace Plateforme.Web.Shared.Errors;

/// <summary>
/// Lets the French status page answer whatever method the refused request used. The status-code middleware
/// re-executes "/not-found" with the request's own method, and a Blazor page answers only GET and POST: a PUT on a
/// page came back as an empty 405, and a refused POST re-ran the antiforgery check on the status page itself.
/// Placed inside the status-code middleware, this turns the method into GET on the way out, just before the
/// re-execution; HEAD stays HEAD (its answer has no body anyway).
/// </summary>
public static class StatusPageMethod
{
    public static IApplicationBuilder UseStatusPageMethod(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context).ConfigureAwait(false);
        if (WillBeReExecuted(context) && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Request.Method = HttpMethods.Get;
        }
    });

    private static bool WillBeReExecuted(HttpContext context) =>
        context.Response.StatusCode >= 400
        && !context.Response.HasStarted
        && context.Response.ContentLength is null
        && string.IsNullOrEmpty(context.Response.ContentType)
        && context.Features.Get<IStatusCodePagesFeature>() is { Enabled: true }
        && context.Features.Get<IStatusCodeReExecuteFeature>() is null;
}

using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Shared.Hosting;

/// <summary>
/// A request without a host (HTTP/1.0 without <c>Host</c>, or an empty one) cannot be answered with links: the pages,
/// and the error page itself, build absolute addresses from it. It gets a short French 400 before anything else runs.
/// </summary>
public static class RequireHost
{
    public static IApplicationBuilder UseRequireHost(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Host.HasValue)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var title = FrenchHtml.Encoder.Encode(UiText.MissingHostTitle);
        var text = FrenchHtml.Encoder.Encode(UiText.MissingHostText);
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1><p>{text}</p></body></html>",
            context.RequestAborted);
    });
}

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Metadata;

namespace Plateforme.Web.Shared.Errors;

/// <summary>
/// A form posted without a valid antiforgery token (an expired page, a cross-site form) used to get Blazor's English
/// sentence as plain text. Refused here with an empty 400 instead, so that the status-code middleware shows the
/// French page that tells the person to reload the form. API endpoints keep their own problem responses.
/// </summary>
public static class AntiforgeryRefusalPage
{
    public static IApplicationBuilder UseAntiforgeryRefusalPage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Not on the status page's own re-execution (a GET), which still carries the refused request's feature.
        var refused = !HttpMethods.IsGet(context.Request.Method)
            && context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
            && context.GetEndpoint()?.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: true }
            && !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
        if (refused)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await next(context).ConfigureAwait(false);
    });
}

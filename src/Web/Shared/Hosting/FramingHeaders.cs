namespace Plateforme.Web.Shared.Hosting;

/// <summary>
/// Only the embeddable list may be shown in another site's frame (frame-ancestors *); every other page
/// refuses foreign frames, which protects forms and buttons from click-jacking.
/// </summary>
public sealed class FramingHeaders : IStartupFilter
{
    public const string EmbedPath = "/embed";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (context.Request.Path.StartsWithSegments(EmbedPath, StringComparison.OrdinalIgnoreCase))
                {
                    headers.ContentSecurityPolicy = "frame-ancestors *";
                    headers.Remove("X-Frame-Options");
                }
                else
                {
                    headers.ContentSecurityPolicy = "frame-ancestors 'self'";
                    headers.XFrameOptions = "SAMEORIGIN";
                }
                return Task.CompletedTask;
            });
            await nextMiddleware(context);
        });
        next(app);
    };
}

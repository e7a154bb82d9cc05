using System.Security.Cryptography;

namespace Plateforme.Web.Shared.Hosting;

/// <summary>
/// The security headers of every response. A Content-Security-Policy whose <c>script-src</c> allows this site's
/// files and, by a fresh nonce per request, the one inline script Blazor writes (its import map): nothing injected
/// into a page can run. Only the embeddable list may be shown in another site's frame (<c>frame-ancestors *</c>);
/// every other page refuses foreign frames, which protects forms and buttons from click-jacking. No content
/// sniffing, and only the origin is sent to other sites as referrer.
/// </summary>
public sealed class SecurityHeaders : IStartupFilter
{
    public const string EmbedPath = "/embed";

    private const string NonceKey = "Plateforme.ScriptNonce";

    /// <summary>The nonce of this request's Content-Security-Policy, for the inline scripts the page writes.</summary>
    public static string Nonce(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[NonceKey] is string nonce) return nonce;
        nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        return nonce;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var scripts = $"script-src 'self' 'nonce-{Nonce(context)}'; object-src 'none'; base-uri 'self'";
                if (context.Request.Path.StartsWithSegments(EmbedPath, StringComparison.OrdinalIgnoreCase))
                {
                    headers.ContentSecurityPolicy = scripts + "; frame-ancestors *";
                    headers.Remove("X-Frame-Options");
                }
                else
                {
                    headers.ContentSecurityPolicy = scripts + "; frame-ancestors 'self'";
                    headers.XFrameOptions = "SAMEORIGIN";
                }
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            });
            await nextMiddleware(context);
        });
        next(app);
    };
}

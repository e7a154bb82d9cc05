using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Plateforme.Web.Tests;

/// <summary>
/// A path that throws, behind every middleware of the real application (after its endpoints, so inside its error
/// handling): how a test reproduces a page failing without a bug kept for the purpose.
/// </summary>
public sealed class FailingPath : IStartupFilter
{
    public const string Path = "/essai/panne";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((HttpContext context, RequestDelegate rest) => context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase)
            ? throw new InvalidOperationException("Panne voulue par le test.")
            : rest(context));
    };
}

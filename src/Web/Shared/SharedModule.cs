using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Antiforgery;
using Plateforme.Data.Health;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.CallForms;
using Plateforme.Web.Shared.Errors;
using Plateforme.Web.Shared.Health;
using Plateforme.Web.Shared.Hosting;
using Plateforme.Web.Shared.Layout;
using Plateforme.Web.Shared.Preferences;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Shared;

/// <summary>
/// What every feature of the web host stands on: Blazor and its layout, Problem Details and the French error pages,
/// security headers and https, the search grammar, the visitor's preference, the call form and the health endpoint.
/// </summary>
public static class SharedModule
{
    public static IHostApplicationBuilder AddShared(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        // Links are built on Site:PublicAddress (see PublicSiteOptions); requests naming another host are refused.
        builder.AddPublicHostFiltering();
        services.AddHealthChecks().AddStorageCheck(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // Clients read French titles; a stack trace never leaves the server.
            context.ProblemDetails.Title ??= TitleFor(context.ProblemDetails.Status);
            if (context.ProblemDetails.Status >= 500)
            {
                context.ProblemDetails.Title = ApiMessages.ServerErrorTitle;
                context.ProblemDetails.Detail = ApiMessages.ServerErrorDetail;
                context.ProblemDetails.Extensions.Remove("exception");
            }
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.AddOpenApi("v1");
        // A 10 000-character search, percent-encoded, must reach the parser (and get a 200 or a 400), not a 414.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(
            options => options.Limits.MaxRequestLineSize = 256 * 1024);

        services.AddRazorComponents().AddInteractiveServerComponents();
        // Framing is decided per page by Content-Security-Policy (see SecurityHeaders): /embed may be framed anywhere.
        services.Configure<AntiforgeryOptions>(options => options.SuppressXFrameOptionsHeader = true);
        services.AddTransient<IStartupFilter, SecurityHeaders>();
        builder.AddTransportSecurity();
        services.AddTransient<IStartupFilter, HeadRequests>();

        services.AddSingleton<FilterVocabulary>();
        services.AddHostedService(sp => sp.GetRequiredService<FilterVocabulary>());
        services.AddSingleton<CallSearchParser>();
        services.AddSingleton<SearchRequestReader>();
        services.AddSingleton<FilterLabels>();
        services.AddSingleton<SearchDescription>();
        services.AddSingleton<PreferenceCookie>();
        services.AddSingleton<CallFormReader>();
        services.AddSingleton<ModerationFieldLabels>();
        services.AddSingleton<Structures.ModerationScopes>();
        services.AddScoped<Structures.AccompanimentNotifier>();
        services.AddScoped<Display.BrowserHtml>();
        return builder;
    }

    /// <summary>API requests get RFC 7807 problems; pages get the French error and not-found pages.</summary>
    public static WebApplication UseSharedErrors(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Before the error handlers: without a host, the error page would fail too.
        app.UseRequireHost();
        // On the application itself, not in a UseWhen branch: a branch has no routing of its own, so "/Error" was
        // never found (404) and the handler threw instead of showing the page. API exceptions never reach it: the
        // API branch below answers them with a problem.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Error", CreateScopeForErrors = true, StatusCodeSelector = StorageErrors.StatusCode });
        // Also on the application itself: re-executed from a UseWhen branch, "/not-found" found no endpoint and an
        // unknown address got an empty 404. The API branch below writes its problem first, so pages alone reach it.
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseStatusPageMethod();
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StorageErrors.StatusCode });
            api.UseStatusCodePages();
        });
        return app;
    }

    /// <summary>The OpenAPI document, the health endpoint, the preference form and every Blazor page of every feature.</summary>
    public static IEndpointRouteBuilder MapShared(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthEndpoint();
        app.MapPreferenceEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    private static string? TitleFor(int? status) => status switch
    {
        400 => ApiMessages.BadRequestTitle,
        404 => ApiMessages.NotFoundTitle,
        _ => null,
    };
}

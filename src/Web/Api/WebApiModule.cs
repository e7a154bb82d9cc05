using System.Text.Json.Serialization;
using Plateforme.Web.Api.Calls;
using Plateforme.Web.Api.Health;
using Plateforme.Web.Api.Reference;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Api;

public static class WebApiModule
{
    public static IHostApplicationBuilder AddWebApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
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
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        builder.Services.AddOpenApi("v1");
        // A 10 000-character search, percent-encoded, must reach the parser (and get a 200 or a 400), not a 414.
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(
            options => options.Limits.MaxRequestLineSize = 256 * 1024);
        builder.Services.AddSingleton<FilterVocabulary>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<FilterVocabulary>());
        builder.Services.AddSingleton<CallSearchParser>();
        builder.Services.AddSingleton<CallResponses>();
        builder.Services.AddScoped<CallDetails>();
        return builder;
    }

    /// <summary>API requests get RFC 7807 problems; pages get the French error and not-found pages.</summary>
    public static WebApplication UseWebApiErrors(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/Error", createScopeForErrors: true);
            pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        });
        return app;
    }

    public static IEndpointRouteBuilder MapWebApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapCallsApi();
        app.MapReferenceApi();
        app.MapHealthEndpoint();
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

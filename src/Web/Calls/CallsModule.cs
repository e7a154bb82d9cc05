using Plateforme.Search.Moderation;
using Plateforme.Web.Calls.Api;
using Plateforme.Web.Calls.Calendar;
using Plateforme.Web.Calls.Catalogue;
using Plateforme.Web.Calls.Feeds;
using Plateforme.Web.Calls.Reference;

namespace Plateforme.Web.Calls;

/// <summary>
/// Finding and reading calls: the calls and reference APIs, the search and detail pages, the feeds and calendars
/// of a search, and funders' own calls (Submissions/).
/// </summary>
public static class CallsModule
{
    public static IHostApplicationBuilder AddCalls(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<CallResponses>();
        services.AddScoped<CallDetails>();
        services.AddSingleton<CatalogueFigures>();
        services.AddSingleton<CatalogueReader>();
        services.AddSingleton<FeedSearch>();
        services.AddSingleton<FunderSubmissions>();
        // Scoped: its renderer needs the scoped services of the page that uses it (a circuit, or a request).
        services.AddScoped<Components.ResultCardMarkup>();
        return builder;
    }

    public static IEndpointRouteBuilder MapCalls(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapCallsApi();
        app.MapReferenceApi();
        app.MapCallCalendar();
        app.MapSearchFeeds();
        return app;
    }
}

namespace Plateforme.Web.Api.Admin;

/// <summary>The crawler's administration: its pages are Blazor components under Components/Admin; this wires the rest.</summary>
public static class CrawlerAdminModule
{
    public static IHostApplicationBuilder AddCrawlerAdmin(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<SourceRunStarter>();
        return builder;
    }

    public static IEndpointRouteBuilder MapCrawlerAdmin(this IEndpointRouteBuilder app)
    {
        app.MapSourcesAdminApi();
        return app;
    }
}

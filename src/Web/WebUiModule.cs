using Microsoft.AspNetCore.Antiforgery;
using Plateforme.Web.Calendar;
using Plateforme.Web.Components;
using Plateforme.Web.Preferences;
using Plateforme.Web.Search;

namespace Plateforme.Web;

/// <summary>The Blazor pages and the few plain endpoints beside them (calendar file, preference form).</summary>
public static class WebUiModule
{
    public static IHostApplicationBuilder AddWebUi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        // Framing is decided per page by Content-Security-Policy (see FramingHeaders): /embed may be framed anywhere.
        services.Configure<AntiforgeryOptions>(options => options.SuppressXFrameOptionsHeader = true);
        services.AddTransient<IStartupFilter, FramingHeaders>();

        services.AddSingleton<SearchRequestReader>();
        services.AddSingleton<FilterLabels>();
        services.AddSingleton<CatalogueFigures>();
        services.AddSingleton<CatalogueReader>();
        services.AddSingleton<PreferenceCookie>();
        return builder;
    }

    public static IEndpointRouteBuilder MapWebUi(this IEndpointRouteBuilder app)
    {
        app.MapCallCalendar();
        app.MapPreferenceEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}

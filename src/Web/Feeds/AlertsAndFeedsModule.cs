using Plateforme.Alerts;
using Plateforme.Alerts.Digests;
using Plateforme.Alerts.Subscriptions;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Feeds;

/// <summary>
/// Alerts (the module, fed with the results page's grammar) and the feeds of a search: one call from Program.cs for
/// services, one for endpoints. The alert pages themselves are Blazor pages under Components/Alerts.
/// </summary>
public static class AlertsAndFeedsModule
{
    public static IHostApplicationBuilder AddAlertsAndFeeds(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddAlerts();
        builder.Services.AddSingleton<ISavedSearchReader, SavedSearchReader>();
        builder.Services.AddSingleton<SearchDescription>();
        builder.Services.AddSingleton<FeedSearch>();
        return builder;
    }

    /// <summary>The feeds, and the RFC 8058 one-click unsubscribe a mail client posts (no antiforgery: the token is the proof).</summary>
    public static IEndpointRouteBuilder MapAlertsAndFeeds(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapSearchFeeds();
        app.MapPost(AlertPaths.OneClickUnsubscribe, async (HttpRequest request, AlertService alerts, CancellationToken cancellationToken) =>
        {
            await alerts.UnsubscribeAsync(request.Query[AlertPaths.TokenParameter].ToString(), cancellationToken);
            // The same answer whether the alert still existed: the token's owner only learns it is gone.
            return Results.Text(AlertText.UnsubscribeDone, "text/plain; charset=utf-8");
        }).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }
}

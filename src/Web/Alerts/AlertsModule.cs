using Plateforme.Alerts;
using Plateforme.Alerts.Digests;
using Plateforme.Alerts.Subscriptions;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Alerts;

/// <summary>
/// Alerts: the module, fed with the search grammar (<see cref="SavedSearchReader"/>), its pages, and the RFC 8058
/// one-click unsubscribe a mail client posts.
/// </summary>
public static class AlertsModule
{
    public static IHostApplicationBuilder AddAlertPages(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddAlerts();
        builder.Services.AddSingleton<ISavedSearchReader, SavedSearchReader>();
        return builder;
    }

    /// <summary>The one-click unsubscribe (no antiforgery: the token is the proof).</summary>
    public static IEndpointRouteBuilder MapAlertPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost(AlertPaths.OneClickUnsubscribe, async (HttpRequest request, AlertService alerts, CancellationToken cancellationToken) =>
        {
            await alerts.UnsubscribeAsync(request.Query[AlertPaths.TokenParameter].ToString(), cancellationToken);
            // The same answer whether the alert still existed: the token's owner only learns it is gone.
            return Results.Text(AlertText.UnsubscribeDone, "text/plain; charset=utf-8");
        }).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }
}

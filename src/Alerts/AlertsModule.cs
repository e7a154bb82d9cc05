using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Plateforme.Accounts.Personal;
using Plateforme.Alerts.Applications;
using Plateforme.Alerts.Digests;
using Plateforme.Alerts.Personal;
using Plateforme.Alerts.Store;
using Plateforme.Alerts.Subscriptions;
using Plateforme.Data;
using Plateforme.Data.Health;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Data.Cluster;

namespace Plateforme.Alerts;

/// <summary>The alerts module's composition. Needs AddSearch (the index) and AddAccounts (the mailer).</summary>
public static class AlertsModule
{
    /// <summary>
    /// The alerts store in the platform's database ("Database"), migrated at start after the catalogue, the subscription service and
    /// rate limiter, the digest composer, sender and runner, the person's data for RGPD, and, unless
    /// "Alerts:ScheduleEnabled" is false, the in-process scheduler. The host provides an <see cref="ISavedSearchReader"/>.
    /// </summary>
    public static IHostApplicationBuilder AddAlerts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var section = builder.Configuration.GetSection(AlertsOptions.SectionName);
        services.AddOptions<AlertsOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var settings = section.Get<AlertsOptions>() ?? new AlertsOptions();
        services.TryAddSingleton(TimeProvider.System);

        // The catalogue first, as before the alerts' tables (a no-op when AddSearch already registered it).
        var contentRoot = builder.Environment.ContentRootPath;
        services.AddCatalogueStore(builder.Configuration, contentRoot);
        services.AddModuleStore(AlertsDbContext.Store, builder.Configuration, contentRoot);
        services.AddMigrationAtStart<CatalogueDbContext>();
        services.AddMigrationAtStart<AlertsDbContext>();
        services.AddSingleton<AlertService>();
        services.AddSingleton<AlertRateLimiter>();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<OpenedWindows>();
        services.AddSingleton<DigestSender>();
        services.AddSingleton<DigestRunner>();
        services.AddScoped<IPersonalDataContributor, AlertPersonalData>();
        services.AddOnceAcrossNodes(builder.Configuration,
            new OnceAcrossNodesJob("alert-digests", settings.ScheduleEnabled ? JobSchedule.DailyAt(settings.DigestHour) : null,
                (provider, cancellationToken) => provider.GetRequiredService<DigestRunner>().RunAsync(cancellationToken)),
            onOneMachine: one => { if (settings.ScheduleEnabled) one.AddHostedService<DigestScheduler>(); });
        services.AddSingleton<ApplicationService>();
        services.AddSingleton<ApplicationReminderRunner>();
        services.AddOnceAcrossNodes(builder.Configuration,
            new OnceAcrossNodesJob("application-reminders", settings.ScheduleEnabled ? JobSchedule.Every(TimeSpan.FromHours(1)) : null,
                (provider, cancellationToken) => provider.GetRequiredService<ApplicationReminderRunner>().RunAsync(cancellationToken)),
            onOneMachine: one => { if (settings.ScheduleEnabled) one.AddHostedService<ApplicationReminderScheduler>(); });
        services.AddHealthChecks().AddDatabaseCheck<AlertsDbContext>("alerts");
        return builder;
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Plateforme.Accounts.Personal;
using Plateforme.Alerts.Digests;
using Plateforme.Alerts.Personal;
using Plateforme.Alerts.Store;
using Plateforme.Alerts.Subscriptions;
using Plateforme.Search;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Alerts;

/// <summary>The alerts module's composition. Needs AddSearch (the index, the catalogue migrator) and AddAccounts (the mailer).</summary>
public static class AlertsModule
{
    /// <summary>
    /// The alerts store in the platform's database ("Search:Database"), its migrator, the subscription service and
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

        var database = builder.Configuration.GetSection(SearchOptions.SectionName).GetSection("Database").Get<SearchDatabaseOptions>() ?? new SearchDatabaseOptions();
        if (database.Provider == CatalogueDatabaseProvider.PostgreSql)
        {
            services.AddPooledDbContextFactory<PostgresAlertsDbContext>(options => options.UseAlertsPostgres(database.ConnectionString));
            services.TryAddSingleton<IDbContextFactory<AlertsDbContext>, AlertsDbContextFactory<PostgresAlertsDbContext>>();
        }
        else
        {
            var connectionString = ResolveSqlitePath(database.ConnectionString, builder.Environment.ContentRootPath);
            services.AddPooledDbContextFactory<SqliteAlertsDbContext>(options => options.UseAlertsSqlite(connectionString));
            services.TryAddSingleton<IDbContextFactory<AlertsDbContext>, AlertsDbContextFactory<SqliteAlertsDbContext>>();
        }

        services.AddSingleton<AlertsMigrator>();
        services.AddHostedService(provider => provider.GetRequiredService<AlertsMigrator>());
        services.AddSingleton<AlertService>();
        services.AddSingleton<AlertRateLimiter>();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<DigestSender>();
        services.AddSingleton<DigestRunner>();
        services.AddScoped<IPersonalDataContributor, AlertPersonalData>();
        if (settings.ScheduleEnabled) services.AddHostedService<DigestScheduler>();
        services.AddHealthChecks().AddCheck<Health.AlertsDatabaseHealthCheck>(Health.AlertsDatabaseHealthCheck.Name, tags: ["ready", "alerts"]);
        return builder;
    }

    private static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" || Path.IsPathRooted(builder.DataSource)) return connectionString;
        builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        return builder.ConnectionString;
    }
}

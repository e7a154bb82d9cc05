using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Plateforme.Data;
using Quartz;

namespace Plateforme.Crawler.Scheduling;

/// <summary>
/// In-process scheduling with Quartz. Call after AddCrawler. Crawler:Scheduling:Store picks Quartz's store: Memory
/// (default) or PostgreSql, clustered, so the web nodes and the standalone worker run each fire once.
/// </summary>
public static class CrawlerSchedulingModule
{
    /// <summary>Shared by every node of a cluster: Quartz's rows are keyed by it.</summary>
    public const string SchedulerName = "plateforme-crawler";

    public static IHostApplicationBuilder AddCrawlerScheduling(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddCrawlerScheduling(builder.Configuration);
        return builder;
    }

    public static IServiceCollection AddCrawlerScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CrawlerSchedulingOptions>().Bind(configuration.GetSection(CrawlerSchedulingOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddCrawlerQuartz(configuration);
        services.AddTransient<CrawlSourceJob>();
        services.AddSingleton<CrawlScheduleRegistrar>();
        // After CrawlerStartup (registered by AddCrawler): the schedule reads the stored definitions.
        services.AddHostedService(provider => provider.GetRequiredService<CrawlScheduleRegistrar>());
        services.AddHealthChecks().AddCheck<Health.CrawlerSchedulerHealthCheck>(Health.CrawlerSchedulerHealthCheck.Name, tags: ["ready", "crawler"]);
        return services;
    }

    /// <summary>Quartz and its store as configured, without the crawl jobs (tests add their own).</summary>
    internal static IServiceCollection AddCrawlerQuartz(
        this IServiceCollection services, IConfiguration configuration, Action<IQuartzBuilder>? tune = null)
    {
        var section = configuration.GetSection(CrawlerSchedulingOptions.SectionName);
        var store = section.GetValue(nameof(CrawlerSchedulingOptions.Store), SchedulingStore.Memory);
        if (store == SchedulingStore.PostgreSql)
        {
            var connectionString = ClusterConnectionString(configuration);
            // Before Quartz's hosted service: the tables exist when its scheduler first opens the store.
            services.AddHostedService(_ => new QuartzSchemaInitializer(connectionString));
            services.AddQuartz(quartz =>
            {
                quartz.ConfigureScheduler(scheduler =>
                {
                    scheduler.InstanceName = SchedulerName;
                    scheduler.GenerateInstanceId = true;
                });
                quartz.UsePersistentStore(persistent =>
                {
                    persistent.ConfigureStore(jobStore => jobStore.TablePrefix = "qrtz_");
                    persistent.UsePostgres(connectionString);
                    persistent.UseSystemTextJsonSerializer();
                    persistent.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = TimeSpan.FromSeconds(15);
                        cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(60);
                    });
                });
                tune?.Invoke(quartz);
            });
        }
        else
        {
            services.AddQuartz(quartz => tune?.Invoke(quartz));
        }

        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>Crawler:Scheduling:ConnectionString, else the platform's Database:ConnectionString when it is on PostgreSQL.</summary>
    internal static string ClusterConnectionString(IConfiguration configuration)
    {
        var own = configuration[CrawlerSchedulingOptions.SectionName + ":" + nameof(CrawlerSchedulingOptions.ConnectionString)];
        if (!string.IsNullOrWhiteSpace(own)) return own;
        var database = DatabaseOptions.Read(configuration);
        if (database.Provider == DatabaseProvider.PostgreSql) return database.ConnectionString;

        throw new InvalidOperationException(
            "Crawler:Scheduling:Store is PostgreSql but no database is given: set Crawler:Scheduling:ConnectionString, "
            + "or put the platform on PostgreSQL (Database:Provider = PostgreSql) to share its database.");
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Plateforme.Crawler.Scheduling;
using Quartz;

namespace Plateforme.Crawler.Tests.Scheduling;

/// <summary>One host with the crawler's Quartz set-up, as a web node or the worker would have it.</summary>
public sealed class ClusterNode : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterNode(IHost host) => _host = host;

    public IScheduler Scheduler { get; private set; } = null!;

    /// <summary>A node on the clustered PostgreSQL store when a connection string is given, in memory otherwise.</summary>
    public static ClusterNode Create(JobLog log, string? connectionString)
    {
        var settings = new Dictionary<string, string?>();
        if (connectionString is not null)
        {
            settings["Crawler:Scheduling:Store"] = "PostgreSql";
            settings["Crawler:Scheduling:ConnectionString"] = connectionString;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(log);
        builder.Services.AddTransient<RecordingJob>();
        // Poll every second (the least Quartz allows) instead of 30 s, so both nodes compete for every fire within a short test.
        builder.Services.AddCrawlerQuartz(builder.Configuration,
            quartz => quartz.ConfigureScheduler(scheduler => scheduler.IdleWaitTime = TimeSpan.FromSeconds(1)));
        return new ClusterNode(builder.Build());
    }

    public async Task StartAsync()
    {
        await _host.StartAsync();
        Scheduler = await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}

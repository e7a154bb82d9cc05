using Microsoft.Extensions.Hosting;

namespace Plateforme.Crawler.Scheduling;

/// <summary>Creates the qrtz_ tables while the host is starting, before Quartz's scheduler opens its store.</summary>
internal sealed class QuartzSchemaInitializer(string connectionString) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => QuartzSchema.EnsureCreatedAsync(connectionString, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Plateforme.Data.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Plateforme.Lending.Personal;

/// <summary>
/// Runs <see cref="LendingRetentionPurge"/> at start and then every <see cref="RetentionPurgeOptions.Interval"/> of the
/// injected <see cref="TimeProvider"/>, as the lending clock runs; a failed run is logged and tried again at the next tick.
/// </summary>
public sealed partial class RetentionPurgeService(
    LendingRetentionPurge purge, TimeProvider time, IOptions<RetentionPurgeOptions> options, ILogger<RetentionPurgeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        try
        {
            do
            {
                try
                {
                    var report = await purge.RunAsync(stoppingToken);
                    if (report != RetentionPurgeReport.Empty) LogRun(report);
                }
                catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
                {
                    LogFailed(exception);
                }
            }
            while (await timer.NextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lending retention purge: {Report}")]
    private partial void LogRun(RetentionPurgeReport report);

    [LoggerMessage(Level = LogLevel.Error, Message = "Lending retention purge failed; next attempt at the next tick")]
    private partial void LogFailed(Exception exception);
}

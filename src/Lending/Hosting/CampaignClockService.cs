using Plateforme.Data.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Plateforme.Lending.Clock;

namespace Plateforme.Lending.Hosting;

/// <summary>
/// Runs <see cref="CampaignClock.RunAsync"/> at start and then every <see cref="CampaignClockOptions.Interval"/>
/// of the injected <see cref="TimeProvider"/> (tests move a fake one). Runs never overlap: a run asked for by hand
/// (<see cref="RunOnceAsync"/>) waits for the timer's one to finish.
/// </summary>
public sealed partial class CampaignClockService(
    CampaignClock clock, TimeProvider time, IOptions<CampaignClockOptions> options, ILogger<CampaignClockService> logger) : BackgroundService
{
    private readonly SemaphoreSlim running = new(1, 1);

    /// <summary>One run now, after any run in progress.</summary>
    public async Task<ClockReport> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await running.WaitAsync(cancellationToken);
        try
        {
            var report = await clock.RunAsync(cancellationToken);
            if (report != ClockReport.Empty) LogRun(report);
            return report;
        }
        finally
        {
            running.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
            {
                // Logged and retried at the next tick: the host keeps running.
                LogFailed(exception);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    public override void Dispose()
    {
        running.Dispose();
        base.Dispose();
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.NextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lending clock run: {Report}")]
    private partial void LogRun(ClockReport report);

    [LoggerMessage(Level = LogLevel.Error, Message = "Lending clock run failed; next attempt at the next tick")]
    private partial void LogFailed(Exception exception);
}

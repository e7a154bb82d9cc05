using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Plateforme.Alerts.Digests;

/// <summary>
/// Wakes at the digest hour in Paris (07:00) every day, on the injected clock, and runs the digests; at start it
/// first sends what a crashed run left pending.
/// </summary>
public sealed partial class DigestScheduler(DigestRunner runner, IOptions<AlertsOptions> options, TimeProvider clock, ILogger<DigestScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RunSafelyAsync(() => runner.SendPendingAsync(stoppingToken)).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = Plateforme.Alerts.Digests.DigestSchedule.NextRun(now, options.Value.DigestHour);
            try
            {
                await Task.Delay(next - now, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await RunSafelyAsync(async () =>
            {
                var result = await runner.RunAsync(stoppingToken).ConfigureAwait(false);
                LogRun(result.Composed, result.Calls, result.Sent);
            }).ConfigureAwait(false);
        }
    }

    private async Task RunSafelyAsync(Func<Task> run)
    {
        try
        {
            await run().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the pending digests wait for the next start.
        }
        catch (Exception failure) when (failure is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            LogFailed(failure);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert digests: {Composed} composed with {Calls} calls, {Sent} sent")]
    private partial void LogRun(int composed, int calls, int sent);

    [LoggerMessage(Level = LogLevel.Error, Message = "Alert digest run failed; the next run picks up where it stopped")]
    private partial void LogFailed(Exception exception);
}

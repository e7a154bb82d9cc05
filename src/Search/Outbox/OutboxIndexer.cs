using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Plateforme.Search.Outbox;

/// <summary>
/// The only writer of the index in normal operation. At start, before the host serves anything: the startup
/// check (rebuild if needed, replay of rows left by a crash), so the first searches see the whole catalogue.
/// Then, in the background, drains the outbox whenever a save in this process signals it,
/// and at least every second for saves made by other processes (a standalone crawler).
/// Failures are logged and retried with growing pauses; the rows wait in the database meanwhile.
/// </summary>
public sealed partial class OutboxIndexer(
    OutboxDrainer drainer,
    IndexStartupCheck startupCheck,
    IndexOutboxSignal signal,
    ILogger<OutboxIndexer> logger) : BackgroundService
{
    // Waits run on real time even when the application's clock is a frozen test clock: the indexer must keep polling.
    private static readonly TimeProvider Timer = TimeProvider.System;

    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(30);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await RunStartupCheckAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await drainer.DrainAsync(stoppingToken).ConfigureAwait(false);
                if (failures > 0) LogRecovered(failures);
                failures = 0;
                await signal.WaitAsync(PollInterval, Timer, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failures++;
                var pause = BackOff(failures);
                LogDrainFailed(exception, failures, pause.TotalSeconds);
                try
                {
                    await Task.Delay(pause, Timer, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>1 s, 2 s, 4 s… up to 30 s between attempts.</summary>
    internal static TimeSpan BackOff(int failures) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackOff.TotalSeconds, Math.Pow(2, Math.Min(failures - 1, 10))));

    private async Task RunStartupCheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await startupCheck.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // Searching a stale index beats not starting: the loop keeps applying changes.
            LogStartupCheckFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Applying the outbox to the search index failed ({Failures} in a row); retrying in {Pause} s")]
    private partial void LogDrainFailed(Exception exception, int failures, double pause);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying the outbox to the search index works again after {Failures} failures")]
    private partial void LogRecovered(int failures);

    [LoggerMessage(Level = LogLevel.Error, Message = "The search index startup check failed; the index may be stale until a rebuild")]
    private partial void LogStartupCheckFailed(Exception exception);
}

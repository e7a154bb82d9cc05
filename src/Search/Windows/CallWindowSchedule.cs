using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Plateforme.Search.Windows;

/// <summary>
/// Runs <see cref="CallWindowRoller"/> at start and every hour: a window closes at a day's end in Paris, and an
/// hour late is harmless (the page computes the status from the windows itself).
/// </summary>
public sealed partial class CallWindowSchedule(CallWindowRoller roller, ILogger<CallWindowSchedule> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await roller.RollAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogFailed(exception);
            }

            try
            {
                await Task.Delay(Interval, TimeProvider.System, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moving calls on to their next window failed; retried within the hour")]
    private partial void LogFailed(Exception exception);
}

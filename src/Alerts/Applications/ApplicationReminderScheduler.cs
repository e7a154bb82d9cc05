using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Plateforme.Alerts.Applications;

/// <summary>Runs the deadline reminders at start, then every hour on the injected clock.</summary>
public sealed partial class ApplicationReminderScheduler(ApplicationReminderRunner runner, TimeProvider clock, ILogger<ApplicationReminderScheduler> logger)
    : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await runner.RunAsync(stoppingToken).ConfigureAwait(false);
                if (sent > 0) LogSent(sent);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception failure) when (failure is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException or IOException or InvalidOperationException)
            {
                LogFailed(failure);
            }

            try
            {
                await Task.Delay(Every, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Application deadline reminders: {Sent} sent")]
    private partial void LogSent(int sent);

    [LoggerMessage(Level = LogLevel.Error, Message = "Application deadline reminders failed; the next run sends what is pending")]
    private partial void LogFailed(Exception exception);
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Plateforme.Lending.Payments.Stripe;

/// <summary>
/// Works through the stored webhook events in the background, like the mail outboxes: a failure (Stripe unreachable
/// while re-reading) leaves the event for the next pass, up to <see cref="PaymentEventInbox.MaxAttempts"/> times.
/// </summary>
public sealed partial class PaymentEventDrain(PaymentEventInbox inbox, StripeEventProcessor processor, TimeProvider time, ILogger<PaymentEventDrain> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>One pass over the pending events; returns how many were handled.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        foreach (var pending in await inbox.ListPendingAsync(50, cancellationToken))
        {
            try
            {
                await processor.ProcessAsync(pending, cancellationToken);
                await inbox.MarkAsync(pending.EventId, null, cancellationToken);
                handled++;
            }
            catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
            {
                LogRetry(pending.EventId, failure.Message);
                await inbox.MarkAsync(pending.EventId, failure.Message, cancellationToken);
            }
        }

        return handled;
    }

    // Waits one interval first (the migrations run at start too), and never lets a failed pass stop the host.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, time, stoppingToken);
                await DrainOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                LogPassFailed(failure.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass over the Stripe events failed: {Reason}")]
    private partial void LogPassFailed(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe event {EventId} will be tried again: {Reason}")]
    private partial void LogRetry(string eventId, string reason);
}

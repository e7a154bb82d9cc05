using Microsoft.Extensions.Logging;

namespace Plateforme.Lending.Payments.Operations;

/// <summary>
/// Sends the transfers a disbursement left behind: a row still <see cref="PaymentOperationStatus.Started"/> a minute after
/// it was written (the process died before or during Stripe's call), or waiting (the carrier's account was not ready, the
/// platform's balance not yet available) for ten minutes. Each goes out again with its stored idempotency key, so a
/// transfer Stripe already made is answered, never made twice.
/// </summary>
public sealed partial class PayoutOutboxDrain(PaymentOperationStore operations, IPaymentProvider payments, TimeProvider time, ILogger<PayoutOutboxDrain> logger)
{
    public static readonly TimeSpan StartedGrace = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan WaitingRetry = TimeSpan.FromMinutes(10);

    /// <summary>One pass; returns how many transfers were sent again.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var left = await operations.ListAsync(PaymentOperationKind.Transfer, [PaymentOperationStatus.Started, PaymentOperationStatus.RequiresAction], cancellationToken);
        var sent = 0;
        foreach (var operation in left.Where(o => o.CampaignId != Guid.Empty && now - o.UpdatedAt >= (o.Status == PaymentOperationStatus.Started ? StartedGrace : WaitingRetry)))
        {
            await SendAsync(operation, cancellationToken);
            sent++;
        }

        return sent;
    }

    /// <summary>The carrier's account became ready: what waited for it goes now.</summary>
    public async Task<int> SendWaitingForAsync(string carrierUserId, CancellationToken cancellationToken)
    {
        var waiting = await operations.ListAsync(PaymentOperationKind.Transfer, [PaymentOperationStatus.Started, PaymentOperationStatus.RequiresAction], cancellationToken);
        var mine = waiting.Where(o => o.UserId == carrierUserId && o.CampaignId != Guid.Empty).ToList();
        foreach (var operation in mine) await SendAsync(operation, cancellationToken);
        return mine.Count;
    }

    private async Task SendAsync(PaymentOperation operation, CancellationToken cancellationToken)
    {
        var answer = await payments.PayOutAsync(
            new PaymentRequest(operation.IdempotencyKey, operation.CampaignId, null, operation.UserId, operation.AmountCents), cancellationToken);
        LogSent(operation.CampaignId, answer.Outcome);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Transfer of campaign {CampaignId} sent from the outbox: {Outcome}")]
    private partial void LogSent(Guid campaignId, PaymentOutcome outcome);
}

namespace Plateforme.Alerts.Digests;

/// <summary>
/// One digest run: first what an earlier run left pending, then today's compositions, then their sending. Runs in
/// this process never overlap (the scheduler and a direct call wait for each other).
/// </summary>
/// <remarks>
/// The guarantee: a call is recorded for an alert at most once (the key of <see cref="DigestCall"/>), in the same
/// transaction that moves the alert's watermark; a crash before that commit leaves the watermark where it was, so
/// the next run finds the same calls again. A committed digest is sent by this run or, after a crash, by the next
/// one. A crash after the mail left but before it was marked sent sends the same message (same Message-ID) again:
/// in the pickup folder it replaces the first file; over SMTP the receiver may see it twice, which mail clients
/// collapse by Message-ID. Calls indexed up to <see cref="AlertsOptions.OverlapHours"/> after their publication
/// time are still found.
/// </remarks>
public sealed class DigestRunner(DigestComposer composer, DigestSender sender) : IDisposable
{
    private readonly SemaphoreSlim running = new(1, 1);

    public async Task<DigestRunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        await running.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var leftOver = await sender.SendPendingAsync(cancellationToken).ConfigureAwait(false);
            var (digests, calls) = await composer.ComposeDueAsync(cancellationToken).ConfigureAwait(false);
            var sent = await sender.SendPendingAsync(cancellationToken).ConfigureAwait(false);
            return new DigestRunResult(digests, calls, leftOver + sent);
        }
        finally
        {
            running.Release();
        }
    }

    /// <summary>Sends what a crashed run left pending, without composing (at start-up).</summary>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken = default)
    {
        await running.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await sender.SendPendingAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            running.Release();
        }
    }

    public void Dispose() => running.Dispose();
}

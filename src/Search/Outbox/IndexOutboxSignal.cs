using System.Threading.Channels;

namespace Plateforme.Search.Outbox;

/// <summary>
/// Wakes the in-process indexer after a commit that wrote outbox rows. Signals coalesce: ten saves
/// during one drain cause one more drain, not ten. Other processes are caught by the indexer's poll.
/// </summary>
public sealed class IndexOutboxSignal
{
    private readonly Channel<bool> _pending = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Never blocks and never fails.</summary>
    public void Notify() => _pending.Writer.TryWrite(true);

    /// <summary>Returns when notified (true) or after <paramref name="timeout"/> (false).</summary>
    internal async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (_pending.Reader.TryRead(out _)) return true;
        using var timeoutSource = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeoutSource.Token, cancellationToken);
        try
        {
            await _pending.Reader.WaitToReadAsync(linked.Token).ConfigureAwait(false);
            return _pending.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}

namespace Plateforme.Crawler.Fetching.Politeness;

/// <summary>
/// One host's turn-taking: one request in flight, and each start at least a delay after the previous
/// request finished (hence also after it started), or later if the server asked to wait (Retry-After).
/// </summary>
internal sealed class HostGate(TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _inFlight = new(1, 1);
    private readonly Lock _sync = new();
    private DateTimeOffset _notBefore = DateTimeOffset.MinValue;
    private DateTimeOffset _lastFinished = DateTimeOffset.MinValue;

    /// <summary>Waits for our turn; dispose the lease when the response body has been read.</summary>
    /// <param name="delay">The gap to keep after the previous request.</param>
    /// <param name="countsForDelay">
    /// False for robots.txt: it waits its turn like the pages, but the page that follows need not wait
    /// after it, as with every crawler.
    /// </param>
    public async Task<IDisposable> EnterAsync(TimeSpan delay, bool countsForDelay, CancellationToken cancellationToken)
    {
        await _inFlight.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            DateTimeOffset earliest;
            lock (_sync)
            {
                earliest = Later(_notBefore, _lastFinished == DateTimeOffset.MinValue ? DateTimeOffset.MinValue : _lastFinished + delay);
            }

            // A timer may fire a fraction of a millisecond early against the wall clock: wait again
            // until the clock really says so, so that a host never sees a gap below the delay.
            for (var wait = earliest - time.GetUtcNow(); wait > TimeSpan.Zero; wait = earliest - time.GetUtcNow())
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            return new Lease(this, countsForDelay);
        }
        catch
        {
            _inFlight.Release();
            throw;
        }
    }

    /// <summary>Keeps the host closed until then, whoever comes next (Retry-After, back-off).</summary>
    public void HoldUntil(DateTimeOffset moment)
    {
        lock (_sync)
        {
            _notBefore = Later(_notBefore, moment);
        }
    }

    private void Leave(bool countsForDelay)
    {
        if (countsForDelay)
        {
            lock (_sync)
            {
                _lastFinished = time.GetUtcNow();
            }
        }

        _inFlight.Release();
    }

    public void Dispose() => _inFlight.Dispose();

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed class Lease(HostGate gate, bool countsForDelay) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Leave(countsForDelay);
            }
        }
    }
}

namespace Plateforme.Search.Outbox;

/// <summary>
/// Drains and rebuilds take turns: a drain deleting a call while a rebuild re-adds the copy it read
/// a moment before would leave a withdrawn call searchable.
/// </summary>
public sealed class IndexWriteLock : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(_gate);
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}

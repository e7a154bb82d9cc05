namespace Plateforme.Crawler.Bench;

/// <summary>Samples the managed heap while the crawl runs, to report its peak.</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peakBytes;

    public MemorySampler() => _sampling = SampleAsync();

    public long PeakBytes => Interlocked.Read(ref _peakBytes);

    /// <summary>The managed heap after a full, compacting collection: what is really kept.</summary>
    public static long SettledHeapBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _sampling;
        }
        catch (OperationCanceledException)
        {
            // The expected end of the sampling loop.
        }

        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        while (await timer.WaitForNextTickAsync(_stop.Token))
        {
            var now = GC.GetTotalMemory(forceFullCollection: false);
            if (now > Interlocked.Read(ref _peakBytes))
            {
                Interlocked.Exchange(ref _peakBytes, now);
            }
        }
    }
}

namespace Plateforme.Search.Bench.Measurement;

/// <summary>
/// Samples this process's working set and managed heap on a timer while an engine builds and answers,
/// keeping the peaks. Sampling every 20 ms may miss a short spike; the build phases last seconds.
/// </summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private long _peakWorkingSet;
    private long _peakManaged;

    private MemorySampler()
    {
        Sample();
        _timer = new Timer(_ => Sample(), null, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(20));
    }

    public static MemorySampler Start() => new();

    public long PeakWorkingSetBytes { get { Sample(); lock (_gate) return _peakWorkingSet; } }

    public long PeakManagedBytes { get { Sample(); lock (_gate) return _peakManaged; } }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var workingSet = Environment.WorkingSet;
        var managed = GC.GetTotalMemory(forceFullCollection: false);
        lock (_gate)
        {
            _peakWorkingSet = Math.Max(_peakWorkingSet, workingSet);
            _peakManaged = Math.Max(_peakManaged, managed);
        }
    }
}

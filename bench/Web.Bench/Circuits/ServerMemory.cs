using System.Diagnostics;

namespace Plateforme.Web.Bench.Circuits;

/// <summary>
/// This process's memory after full blocking collections: the managed heap still reachable (with its large-object
/// and pinned-object parts: render buffers past 85 KB land in the first, Kestrel's and SignalR's I/O blocks in the
/// second), and the working set.
/// </summary>
internal sealed record ServerMemory(long ManagedBytes, long LargeObjectBytes, long PinnedObjectBytes, long WorkingSetBytes)
{
    public static ServerMemory Measure()
    {
        // Twice around the finalizers: objects they release are only collected by the second pass.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        var generations = GC.GetGCMemoryInfo(GCKind.FullBlocking).GenerationInfo;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new(managed, Live(generations[3]), Live(generations[4]), process.WorkingSet64);
    }

    private static long Live(GCGenerationInfo generation) => generation.SizeAfterBytes - generation.FragmentationAfterBytes;

    public double ManagedMb => Math.Round(ManagedBytes / 1048576.0, 1);

    public double WorkingSetMb => Math.Round(WorkingSetBytes / 1048576.0, 1);
}

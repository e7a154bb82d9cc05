using System.Diagnostics;

namespace Plateforme.Web.Bench.Circuits;

/// <summary>This process's memory after full blocking collections: the managed heap still reachable, and the working set.</summary>
internal sealed record ServerMemory(long ManagedBytes, long WorkingSetBytes)
{
    public static ServerMemory Measure()
    {
        // Twice around the finalizers: objects they release are only collected by the second pass.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new(managed, process.WorkingSet64);
    }

    public double ManagedMb => Math.Round(ManagedBytes / 1048576.0, 1);

    public double WorkingSetMb => Math.Round(WorkingSetBytes / 1048576.0, 1);
}

using System.Diagnostics;

namespace Plateforme.Web.Bench.Cluster;

/// <summary>
/// Every process the two-node benchmark starts (web nodes, haproxy), so that a Ctrl+C, a SIGTERM or an exception
/// never leaves one behind: each is killed by its own handle, never by name (other people's processes share the
/// names on this machine).
/// </summary>
internal static class OwnedProcesses
{
    private static readonly List<Process> Started = [];

    static OwnedProcesses() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

    public static Process Start(ProcessStartInfo info, string what)
    {
        var process = Process.Start(info) ?? throw new InvalidOperationException(what + " did not start.");
        lock (Started) Started.Add(process);
        return process;
    }

    public static async Task StopAsync(Process process)
    {
        Kill(process);
        await process.WaitForExitAsync().ConfigureAwait(false);
        lock (Started) Started.Remove(process);
        process.Dispose();
    }

    /// <summary>The last resort when the process ends without the disposals having run.</summary>
    public static void KillAll()
    {
        lock (Started)
        {
            foreach (var process in Started) Kill(process);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}

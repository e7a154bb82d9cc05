namespace Plateforme.Search.Bench.Measurement;

/// <summary>
/// The 1, 5 and 15-minute load averages from Linux's /proc/loadavg: on a shared machine, a load above the
/// number of cores during the run means the latencies include waiting for a core.
/// </summary>
public static class MachineLoad
{
    public static string? Read()
    {
        const string file = "/proc/loadavg";
        if (!File.Exists(file)) return null;
        var fields = File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length >= 3 ? string.Join(' ', fields[..3]) : null;
    }
}

using System.Globalization;

namespace Plateforme.Search.Bench.Measurement;

/// <summary>Peak resident memory of another process, read from Linux's /proc (absent elsewhere).</summary>
public static class ProcessMemory
{
    public static long? PeakResidentBytes(int processId)
    {
        var status = $"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status";
        if (!File.Exists(status)) return null;
        foreach (var line in File.ReadLines(status))
        {
            if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
            var kilobytes = line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim();
            return long.TryParse(kilobytes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : null;
        }

        return null;
    }
}

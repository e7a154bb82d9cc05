using System.Globalization;

namespace Plateforme.Web.Bench.Circuits;

/// <summary>
/// Memory of the processes a process started (Playwright's driver, Chromium and its renderers), read from /proc.
/// Proportional set sizes, so pages shared between Chromium's processes are not counted once per process.
/// </summary>
internal static class ProcessTree
{
    public static long ProportionalBytes(int root)
    {
        if (!Directory.Exists("/proc")) return 0;
        var parents = new Dictionary<int, int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid)) continue;
            try
            {
                // "pid (name) state ppid …": the name may hold spaces and parentheses, so read after the last ')'.
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // Gone meanwhile.
            }
        }
        long total = 0;
        foreach (var pid in parents.Keys.Where(pid => pid != root && Descends(pid, root, parents)))
        {
            total += Pss(pid);
        }
        return total;
    }

    private static bool Descends(int pid, int root, Dictionary<int, int> parents)
    {
        for (var depth = 0; depth < 64 && parents.TryGetValue(pid, out var parent); depth++)
        {
            if (parent == root) return true;
            pid = parent;
        }
        return false;
    }

    private static long Pss(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/smaps_rollup"))
            {
                if (!line.StartsWith("Pss:", StringComparison.Ordinal)) continue;
                var kilobytes = line["Pss:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // Gone meanwhile, or not ours to read.
        }
        return 0;
    }
}

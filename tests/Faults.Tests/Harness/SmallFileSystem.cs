using System.Diagnostics;

namespace Plateforme.Faults.Tests.Harness;

/// <summary>
/// A small tmpfs mounted on a folder, for the SQLite file: filled to the last byte to make the disk full, remounted
/// read-only, then given back. Mounting needs root (the CI container runs the suite as root; so does infra/test.sh there).
/// </summary>
public sealed class SmallFileSystem : IDisposable
{
    private readonly string folder;
    private readonly string ballast;

    private SmallFileSystem(string folder)
    {
        this.folder = folder;
        ballast = Path.Combine(folder, "ballast.bin");
    }

    public static SmallFileSystem Mount(string folder, int megabytes)
    {
        Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0777", "tmpfs", folder);
        return new SmallFileSystem(folder);
    }

    /// <summary>Writes a file until the file system has no byte left; returns the bytes written.</summary>
    public long Fill()
    {
        var chunk = new byte[64 * 1024];
        long written = 0;
        using var stream = new FileStream(ballast, FileMode.Append, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
        foreach (var size in new[] { chunk.Length, 4096, 512, 1 })
        {
            try
            {
                while (true)
                {
                    stream.Write(chunk, 0, size);
                    stream.Flush();
                    written += size;
                }
            }
            catch (IOException)
            {
                // Full at this granularity: try smaller writes to take the last bytes too.
            }
        }

        return written;
    }

    /// <summary>Space returns: the ballast goes.</summary>
    public void Free() => File.Delete(ballast);

    /// <summary>The file system turns read-only (refused while a process holds a file open for writing).</summary>
    public void ReadOnly() => Run("mount", "-o", "remount,ro", folder);

    public void ReadWrite() => Run("mount", "-o", "remount,rw", folder);

    public void Dispose() => Run("umount", "-l", folder);

    private static void Run(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{file} did not start.");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Trim()}. The storage scenarios mount a small tmpfs and need root.");
        }
    }
}

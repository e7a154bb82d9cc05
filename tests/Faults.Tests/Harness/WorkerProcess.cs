using System.Diagnostics;
using System.Text;

namespace Plateforme.Faults.Tests.Harness;

/// <summary>
/// One life of the standalone crawler worker (<c>dotnet Plateforme.Crawler.dll</c> without a verb: Quartz runs the
/// stored sources on their cron) on a site's database, optionally armed with a fault point. The web host keeps
/// running beside it: it alone writes the index, from the outbox rows the worker's merges leave.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private WorkerProcess(Process process) => this.process = process;

    public static string Assembly => Path.Combine(RepositoryPaths.Root, "src", "Crawler", "bin", RepositoryPaths.ConfigurationName, "net10.0", "Plateforme.Crawler.dll");

    public int ExitCode => process.ExitCode;

    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    public static WorkerProcess Start(FaultSite site, IReadOnlyDictionary<string, string> overrides, string? faultPoint = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (!File.Exists(Assembly)) throw new InvalidOperationException($"{Assembly} is missing: build the solution first.");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Assembly);
        foreach (var (key, value) in site.Environment()) info.Environment[key] = value;
        foreach (var (key, value) in overrides) info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        info.Environment["PLATEFORME_FAULT_POINT"] = faultPoint ?? "";
        var started = new WorkerProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start."));
        started.process.OutputDataReceived += (_, line) => started.Append(line.Data);
        started.process.ErrorDataReceived += (_, line) => started.Append(line.Data);
        started.process.BeginOutputReadLine();
        started.process.BeginErrorReadLine();
        return started;
    }

    public async Task<bool> DiesWithinAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGTERM, as a redeploy stops it: Quartz lets the running crawl finish.</summary>
    public async Task<bool> StopAsync(TimeSpan timeout)
    {
        if (process.HasExited) return true;
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync().ConfigureAwait(false);
        }

        return await DiesWithinAsync(timeout).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill();
        await process.WaitForExitAsync().ConfigureAwait(false);
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output)
        {
            if (output.Length > 200_000) output.Remove(0, 100_000);
            output.AppendLine(line);
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Text;

namespace Plateforme.Faults.Tests.Harness;

/// <summary>
/// One life of the real web host: <c>dotnet Plateforme.Web.dll</c> as a child process, in the Production
/// environment, with the site's settings as environment variables and, optionally, a fault point armed.
/// Its output is kept for the failure messages.
/// </summary>
public sealed class WebProcess : IAsyncDisposable
{
    /// <summary>What a process killed by SIGKILL exits with, as .NET reports it (128 + 9).</summary>
    public const int KilledExitCode = 137;

    // Generous: on a loaded two-core machine a cold start has taken over a minute.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process process;
    private readonly StringBuilder output = new();

    private WebProcess(Process process) => this.process = process;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    /// <summary>Starts the host and waits until <c>/health/live</c> answers (or the process dies, armed points included).</summary>
    public static async Task<WebProcess> StartAsync(FaultSite site, string? faultPoint = null)
    {
        if (!File.Exists(RepositoryPaths.WebAssembly))
        {
            throw new InvalidOperationException($"{RepositoryPaths.WebAssembly} is missing: build the solution first (./infra/test.sh does).");
        }

        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.WebOutput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(RepositoryPaths.WebAssembly);
        foreach (var (key, value) in site.Environment()) info.Environment[key] = value;
        info.Environment["PLATEFORME_FAULT_POINT"] = faultPoint ?? "";

        var started = new WebProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start."));
        started.process.OutputDataReceived += (_, line) => started.Append(line.Data);
        started.process.ErrorDataReceived += (_, line) => started.Append(line.Data);
        started.process.BeginOutputReadLine();
        started.process.BeginErrorReadLine();
        await started.WaitUntilServingAsync(site).ConfigureAwait(false);
        return started;
    }

    /// <summary>Kills the process from outside with SIGKILL, as a power cut or the OOM killer would.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited) process.Kill();
        await process.WaitForExitAsync().ConfigureAwait(false);
    }

    /// <summary>Waits for the process to die by itself (an armed fault point); false if it still runs after the timeout.</summary>
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

    public async ValueTask DisposeAsync()
    {
        await KillAsync().ConfigureAwait(false);
        process.Dispose();
    }

    private async Task WaitUntilServingAsync(FaultSite site)
    {
        using var http = new HttpClient { BaseAddress = site.Address, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartTimeout)
        {
            if (process.HasExited) return;
            try
            {
                using var response = await http.GetAsync(new Uri("/health/live", UriKind.Relative)).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        await KillAsync().ConfigureAwait(false);
        throw new TimeoutException($"The web host did not serve within {StartTimeout.TotalSeconds:0} s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output)
        {
            // The last few hundred lines are what a failure message needs.
            if (output.Length > 200_000) output.Remove(0, 100_000);
            output.AppendLine(line);
        }
    }
}

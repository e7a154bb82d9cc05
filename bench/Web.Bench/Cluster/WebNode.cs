using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Plateforme.Web.Bench.Cluster;

/// <summary>
/// One web node as an operator runs it: <c>dotnet Plateforme.Web.dll</c> from the Release build of <c>src/Web</c>, in
/// the Production environment, configured by environment variables, with its own port and Lucene replica.
/// </summary>
internal sealed class WebNode : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly Process process;
    private readonly StringBuilder output = new();

    private WebNode(string name, Uri address, Process process)
    {
        Name = name;
        Address = address;
        this.process = process;
    }

    public string Name { get; }

    public Uri Address { get; }

    public bool HasExited => process.HasExited;

    /// <summary>The end of what the node printed, for an error message.</summary>
    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    public static string Assembly => Path.Combine(BenchApp.RepositoryRoot(), "src", "Web", "bin", "Release", "net10.0", "Plateforme.Web.dll");

    /// <summary>Starts the node and waits until <c>/health/live</c> answers: its migrations have run by then.</summary>
    public static async Task<WebNode> StartAsync(string name, int port, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(Assembly))
        {
            throw new InvalidOperationException($"{Assembly} is missing: dotnet build src/Web -c Release (dotnet run -c Release --project bench/Web.Bench builds it).");
        }

        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Assembly);
        foreach (var (key, value) in settings) info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        info.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        info.Environment["Cluster__NodeName"] = name;

        var node = new WebNode(name, address, OwnedProcesses.Start(info, "The web node " + name));
        node.process.OutputDataReceived += (_, line) => node.Append(line.Data);
        node.process.ErrorDataReceived += (_, line) => node.Append(line.Data);
        node.process.BeginOutputReadLine();
        node.process.BeginErrorReadLine();
        try
        {
            await node.WaitUntilLiveAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await node.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return node;
    }

    public ValueTask DisposeAsync() => new(OwnedProcesses.StopAsync(process));

    private async Task WaitUntilLiveAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartTimeout)
        {
            if (process.HasExited) throw new InvalidOperationException($"The web node {Name} stopped at start:\n{Output}");
            try
            {
                using var response = await http.GetAsync(new Uri("/health/live", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Too slow to answer while it starts.
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"The web node {Name} did not answer within {StartTimeout.TotalMinutes:0} min:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output)
        {
            if (output.Length > 100_000) output.Remove(0, 50_000);
            output.AppendLine(line);
        }
    }
}

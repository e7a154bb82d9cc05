using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Plateforme.Web.Bench.Cluster;

/// <summary>
/// Debian's haproxy on loopback in front of the nodes, routing as the operator's <c>infra/haproxy/haproxy.cfg</c>
/// does: <c>/api/</c> with a partner key by a consistent hash of <c>X-Api-Key</c>, <c>/api/</c> without one by the
/// client's address, everything else round robin with the sticky cookie; health checks on <c>/health/live</c>.
/// Only TLS is left out (the nodes speak plain http on loopback). Each answer names its node in <c>X-Served-By</c>.
/// </summary>
internal sealed class LoadBalancer : IAsyncDisposable
{
    public const string ServedByHeader = "X-Served-By";

    private readonly Process process;
    private readonly StringBuilder output = new();

    private LoadBalancer(Uri address, Process process)
    {
        Address = address;
        this.process = process;
    }

    public Uri Address { get; }

    public bool HasExited => process.HasExited;

    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    /// <summary>Starts haproxy and waits until it sends <c>/health/live</c> to every node (each is up in its checks).</summary>
    public static async Task<LoadBalancer> StartAsync(string folder, int port, IReadOnlyList<WebNode> nodes, CancellationToken cancellationToken)
    {
        var configuration = Path.Combine(folder, "haproxy.cfg");
        await File.WriteAllTextAsync(configuration, Configuration(port, nodes), cancellationToken).ConfigureAwait(false);
        var info = new ProcessStartInfo("haproxy")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // -db: in the foreground, so killing this process stops the proxy.
        foreach (var argument in new[] { "-db", "-f", configuration }) info.ArgumentList.Add(argument);
        var proxy = new LoadBalancer(
            new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"),
            OwnedProcesses.Start(info, "haproxy (apt-get install haproxy)"));
        proxy.process.OutputDataReceived += (_, line) => proxy.Append(line.Data);
        proxy.process.ErrorDataReceived += (_, line) => proxy.Append(line.Data);
        proxy.process.BeginOutputReadLine();
        proxy.process.BeginErrorReadLine();
        try
        {
            await proxy.WaitUntilEveryNodeServesAsync(nodes, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await proxy.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return proxy;
    }

    public ValueTask DisposeAsync() => new(OwnedProcesses.StopAsync(process));

    private static string Configuration(int port, IReadOnlyList<WebNode> nodes)
    {
        var text = new StringBuilder();
        text.AppendLine("global");
        text.AppendLine("    maxconn 4096");
        text.AppendLine("defaults");
        text.AppendLine("    mode http");
        text.AppendLine("    timeout connect 5s");
        text.AppendLine("    timeout client 60s");
        text.AppendLine("    timeout server 60s");
        text.AppendLine("    retries 2");
        text.AppendLine("    option redispatch");
        text.AppendLine("frontend site");
        text.AppendLine(CultureInfo.InvariantCulture, $"    bind 127.0.0.1:{port}");
        text.AppendLine("    option forwardfor");
        text.AppendLine("    use_backend api-keyed if { path_beg /api/ } { req.hdr(X-Api-Key) -m found }");
        text.AppendLine("    use_backend api-anonymous if { path_beg /api/ }");
        text.AppendLine("    default_backend web");
        Backend(text, "web", ["balance roundrobin", "cookie PLATEFORME_NODE insert indirect nocache httponly"], nodes, cookie: true);
        Backend(text, "api-keyed", ["balance hdr(X-Api-Key)", "hash-type consistent"], nodes, cookie: false);
        Backend(text, "api-anonymous", ["balance source", "hash-type consistent"], nodes, cookie: false);
        return text.ToString();
    }

    private static void Backend(StringBuilder text, string name, string[] balancing, IReadOnlyList<WebNode> nodes, bool cookie)
    {
        text.AppendLine("backend " + name);
        foreach (var line in balancing) text.AppendLine("    " + line);
        text.AppendLine("    option httpchk");
        // HTTP/1.1 with a host the site answers: haproxy's default probe is refused.
        text.AppendLine("    http-check send meth GET uri /health/live ver HTTP/1.1 hdr Host localhost");
        text.AppendLine("    http-check expect status 200");
        text.AppendLine("    default-server check inter 2s fall 2 rise 2");
        text.AppendLine(CultureInfo.InvariantCulture, $"    http-response set-header {ServedByHeader} %s");
        foreach (var node in nodes)
        {
            var server = $"    server {node.Name} {node.Address.Host}:{node.Address.Port.ToString(CultureInfo.InvariantCulture)}";
            text.AppendLine(cookie ? server + " cookie " + node.Name : server);
        }
    }

    private async Task WaitUntilEveryNodeServesAsync(IReadOnlyList<WebNode> nodes, CancellationToken cancellationToken)
    {
        // No cookie jar: with the sticky cookie every request after the first would go to the same node.
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var seen = new HashSet<string>();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited) throw new InvalidOperationException("haproxy stopped:\n" + Output);
            try
            {
                // Round robin gives each request to the next node that is up.
                using var response = await http.GetAsync(new Uri("/health/live", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode && response.Headers.TryGetValues(ServedByHeader, out var by)) seen.UnionWith(by);
                if (nodes.All(n => seen.Contains(n.Name))) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"haproxy never sent requests to every node (seen: {string.Join(", ", seen)}):\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output)
        {
            if (output.Length > 50_000) output.Remove(0, 25_000);
            output.AppendLine(line);
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Plateforme.Faults.Tests.Cluster;

/// <summary>
/// Debian's haproxy on loopback in front of the web nodes, configured as infra/haproxy/haproxy.cfg is for
/// production: round robin, a sticky cookie (a Blazor circuit lives on one node), health checks on /health/live,
/// and a request whose node died re-sent to another. Each answer says which node served it (X-Served-By).
/// </summary>
public sealed class ReverseProxy : IAsyncDisposable
{
    public const string ServedByHeader = "X-Served-By";

    private readonly Process process;
    private readonly string folder;
    private readonly StringBuilder output = new();

    private ReverseProxy(Process process, string folder, Uri address)
    {
        this.process = process;
        this.folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    /// <summary>Starts haproxy with one server per node (named after it) and waits until it answers.</summary>
    public static async Task<ReverseProxy> StartAsync(IReadOnlyDictionary<string, Uri> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var port = FreePort();
        var folder = Directory.CreateTempSubdirectory("plateforme-proxy-").FullName;
        var configuration = Path.Combine(folder, "haproxy.cfg");
        await File.WriteAllTextAsync(configuration, Configuration(port, nodes)).ConfigureAwait(false);

        var info = new ProcessStartInfo("haproxy")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // -db: stays in the foreground, so killing this process stops the proxy.
        foreach (var argument in new[] { "-db", "-f", configuration }) info.ArgumentList.Add(argument);
        var started = Process.Start(info) ?? throw new InvalidOperationException("haproxy did not start (install Debian's haproxy: ./infra/test.sh does).");
        var proxy = new ReverseProxy(started, folder, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"));
        started.OutputDataReceived += (_, line) => proxy.Append(line.Data);
        started.ErrorDataReceived += (_, line) => proxy.Append(line.Data);
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        await Eventually.TrueAsync(() => proxy.AnswersAsync(), "haproxy answers on " + proxy.Address, TimeSpan.FromSeconds(20)).ConfigureAwait(false);
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill();
        await process.WaitForExitAsync().ConfigureAwait(false);
        process.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string Configuration(int port, IReadOnlyDictionary<string, Uri> nodes)
    {
        var text = new StringBuilder();
        text.AppendLine("global");
        text.AppendLine("    maxconn 256");
        text.AppendLine("defaults");
        text.AppendLine("    mode http");
        text.AppendLine("    timeout connect 2s");
        text.AppendLine("    timeout client 30s");
        text.AppendLine("    timeout server 30s");
        text.AppendLine("    retries 2");
        text.AppendLine("    option redispatch");
        text.AppendLine("frontend site");
        text.AppendLine(CultureInfo.InvariantCulture, $"    bind 127.0.0.1:{port}");
        text.AppendLine("    option forwardfor");
        text.AppendLine("    default_backend web");
        text.AppendLine("backend web");
        text.AppendLine("    balance roundrobin");
        text.AppendLine("    cookie PLATEFORME_NODE insert indirect nocache httponly");
        text.AppendLine("    option httpchk");
        // HTTP/1.1 with a host the site answers (localhost is always one: probes run on the machine).
        text.AppendLine("    http-check send meth GET uri /health/live ver HTTP/1.1 hdr Host localhost");
        text.AppendLine("    http-check expect status 200");
        text.AppendLine(CultureInfo.InvariantCulture, $"    http-response set-header {ServedByHeader} %s");
        foreach (var (name, address) in nodes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    server {name} {address.Host}:{address.Port} check inter 1s fall 1 rise 1 cookie {name}");
        }

        return text.ToString();
    }

    private async Task<bool> AnswersAsync()
    {
        if (process.HasExited) throw new InvalidOperationException("haproxy stopped:\n" + Output);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Address.Port).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

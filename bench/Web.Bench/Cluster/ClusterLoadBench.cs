using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Plateforme.Testing;
using Plateforme.Web.Bench.Load;

namespace Plateforme.Web.Bench.Cluster;

/// <summary>
/// The same concurrent search load as <see cref="LoadBench"/>, through two web nodes behind haproxy: a throwaway
/// PostgreSQL, two real <c>Plateforme.Web.dll</c> processes in the multi-node mode (each its own Lucene replica fed from
/// the outbox), the demo catalogue written into the database, then <c>wrk</c> through the proxy. Baselines of the same
/// run: <c>/health/live</c> through the proxy (what the proxy and the HTTP stack cost without a search) and the same
/// searches sent to node A alone (what the proxy and the second node change). The point is that the cluster serves
/// the load correctly: any non-2xx answer or socket error makes the exit code 1.
/// </summary>
internal static class ClusterLoadBench
{
    private const int PartnerKeyCount = 31;
    private const int TargetConnections = 16;
    private const double TargetRequestsPerSecond = 300;
    private const double TargetP99Ms = 100;
    private static readonly TimeSpan CatchUpTimeout = TimeSpan.FromMinutes(30);

    public static async Task<int> RunAsync(int calls, TimeSpan duration, IReadOnlyList<int> connectionCounts, string output)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            // Unwind through the disposals (nodes, proxy, PostgreSQL) instead of dying with them still running.
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancel.Cancel();
        });
        try
        {
            return await RunClusterAsync(calls, duration, connectionCounts, output, cancel.Token);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            Console.Error.WriteLine("Interrupted: the nodes, the proxy and PostgreSQL were stopped.");
            return 130;
        }
        catch (Exception failure) when (failure is InvalidOperationException or TimeoutException or HttpRequestException or IOException)
        {
            // The nodes, the proxy and PostgreSQL are stopped by now (their disposals ran on the way out).
            Console.Error.WriteLine("The two-node load failed: " + failure);
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }
    }

    private static async Task<int> RunClusterAsync(int calls, TimeSpan duration, IReadOnlyList<int> connectionCounts, string output, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("plateforme-cluster-load-").FullName;
        var postgres = new ThrowawayPostgres();
        try
        {
            Console.WriteLine("Starting a throwaway PostgreSQL…");
            await postgres.InitializeAsync();
            var database = await postgres.CreateDatabaseAsync("plateforme_load");
            return await RunOnDatabaseAsync(database, folder, calls, duration, connectionCounts, output, cancellationToken);
        }
        finally
        {
            await postgres.DisposeAsync();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS temp cleaner.
            }
        }
    }

    private static async Task<int> RunOnDatabaseAsync(string database, string folder, int calls, TimeSpan duration, IReadOnlyList<int> connectionCounts, string output, CancellationToken cancellationToken)
    {
        var proxyPort = FreePort();
        var keysPath = Path.Combine(folder, "partner-keys.json");
        // Before the nodes start: each reads the key file once, at its first keyed request.
        var keys = await ClusterSeeding.PartnerKeysAsync(keysPath, PartnerKeyCount);
        var settings = NodeSettings(database, keysPath, new Uri($"http://127.0.0.1:{proxyPort.ToString(CultureInfo.InvariantCulture)}"));

        // One after the other, as an operator starts them: the first migrates, the second finds it done.
        var watch = Stopwatch.StartNew();
        Console.WriteLine("Starting node a…");
        await using var nodeA = await WebNode.StartAsync("a", FreePort(), With(settings, folder, "a"), cancellationToken);
        Console.WriteLine($"Node a serves on {nodeA.Address} ({watch.Elapsed.TotalSeconds:F0} s). Starting node b…");
        await using var nodeB = await WebNode.StartAsync("b", FreePort(), With(settings, folder, "b"), cancellationToken);
        var startSeconds = Math.Round(watch.Elapsed.TotalSeconds, 1);
        Console.WriteLine($"Node b serves on {nodeB.Address} ({startSeconds:F0} s).");

        Console.WriteLine($"Writing {calls:N0} demo calls into PostgreSQL…");
        watch.Restart();
        await ClusterSeeding.DemoCatalogueAsync(database, folder, calls, cancellationToken);
        var seedSeconds = Math.Round(watch.Elapsed.TotalSeconds, 1);
        Console.WriteLine($"Written in {seedSeconds:F0} s; waiting for both replicas to index them from the outbox…");
        watch.Restart();
        var caughtUp = await Task.WhenAll(
            CatchUpAsync(nodeA, calls, watch, cancellationToken),
            CatchUpAsync(nodeB, calls, watch, cancellationToken));
        Console.WriteLine($"Both nodes answer total = {calls:N0} directly (a after {caughtUp[0]:F0} s, b after {caughtUp[1]:F0} s).");
        // The nodes log warnings and errors only: anything they said while catching up is worth reading.
        foreach (var node in new[] { nodeA, nodeB }) PrintLogTail(node);

        await using var proxy = await LoadBalancer.StartAsync(folder, proxyPort, [nodeA, nodeB], cancellationToken);
        var keysByNode = await KeysByNodeAsync(proxy, keys, cancellationToken);
        var keysPerNode = new SortedDictionary<string, int>(keysByNode.ToDictionary(p => p.Key, p => p.Value.Count), StringComparer.Ordinal);
        Console.WriteLine($"haproxy on {proxy.Address}; partner keys per node: {string.Join(", ", keysPerNode.Select(p => $"{p.Key} {p.Value}"))}.");
        if (keysByNode.Count < 2 || !keysByNode.ContainsKey(nodeA.Name))
        {
            throw new InvalidOperationException($"The proxy's hash sent every partner key to one node ({string.Join(", ", keysPerNode.Keys)}).");
        }

        var searches = Addresses.Generate(2_000, seed: 20261205).Select(address => "/api/calls" + address).ToList();
        var searchScript = WrkScript.Write(folder, "search", searches, keys);
        // The keys the proxy sends to node a: the same searches through the proxy to one node, the proxy's own cost.
        var nodeAScript = WrkScript.Write(folder, "search-node-a", searches, keysByNode[nodeA.Name]);
        var baselineScript = WrkScript.Write(folder, "baseline", ["/health/live"]);

        // Warm-up through the proxy: the keys spread it over both nodes (JIT, the replicas' caches, haproxy's pools).
        await WrkRun.RunAsync(proxy.Address, searchScript, 4, TimeSpan.FromSeconds(5), cancellationToken);
        await WrkRun.RunAsync(nodeA.Address, searchScript, 4, TimeSpan.FromSeconds(2), cancellationToken);

        var runs = new JsonArray();
        WrkResult? atTarget = null;
        long nonSuccess = 0, socketErrors = 0;
        foreach (var connections in connectionCounts)
        {
            var throughProxy = await WrkRun.RunAsync(proxy.Address, searchScript, connections, duration, cancellationToken);
            var proxyToA = await WrkRun.RunAsync(proxy.Address, nodeAScript, connections, duration, cancellationToken);
            var direct = await WrkRun.RunAsync(nodeA.Address, searchScript, connections, duration, cancellationToken);
            var baseline = await WrkRun.RunAsync(proxy.Address, baselineScript, connections, duration, cancellationToken);
            Console.WriteLine($"{connections,3} connections: through the proxy {throughProxy.RequestsPerSecond,8:F1} searches/s, p50 {throughProxy.P50Ms} ms, p99 {throughProxy.P99Ms} ms; "
                + $"through the proxy to node a only {proxyToA.RequestsPerSecond:F1}/s, p50 {proxyToA.P50Ms} ms, p99 {proxyToA.P99Ms} ms; "
                + $"node a directly {direct.RequestsPerSecond:F1}/s, p50 {direct.P50Ms} ms, p99 {direct.P99Ms} ms; "
                + $"/health/live through the proxy {baseline.RequestsPerSecond:F1}/s, p99 {baseline.P99Ms} ms");
            if (connections == TargetConnections) atTarget = throughProxy;
            foreach (var run in new[] { throughProxy, proxyToA, direct, baseline })
            {
                nonSuccess += run.NonSuccess;
                socketErrors += run.SocketErrors;
            }

            runs.Add(new JsonObject
            {
                ["connections"] = connections,
                ["searchThroughProxy"] = JsonSerializer.SerializeToNode(throughProxy, WebBench.CamelCase),
                ["searchThroughProxyToNodeAOnly"] = JsonSerializer.SerializeToNode(proxyToA, WebBench.CamelCase),
                ["searchDirectToNodeA"] = JsonSerializer.SerializeToNode(direct, WebBench.CamelCase),
                ["baselineHealthLiveThroughProxy"] = JsonSerializer.SerializeToNode(baseline, WebBench.CamelCase),
                // The proxy's own cost: one node through the proxy against the same node asked directly.
                ["proxyAddedP50Ms"] = Math.Round(proxyToA.P50Ms - direct.P50Ms, 2),
                ["proxyThroughputRatio"] = Ratio(proxyToA, direct),
                // What spreading the load over the two nodes changes, both through the proxy.
                ["twoNodesThroughputRatio"] = Ratio(throughProxy, proxyToA),
            });
        }

        var stillServing = !nodeA.HasExited && !nodeB.HasExited && !proxy.HasExited;
        var correct = nonSuccess == 0 && socketErrors == 0 && stillServing;
        var report = new JsonObject
        {
            ["generatedAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["machine"] = WebBench.Machine(),
            ["calls"] = calls,
            ["durationSecondsPerRun"] = (int)duration.TotalSeconds,
            ["tool"] = "wrk 4.1 (Debian), at most 2 threads, latency from its histogram",
            ["cluster"] = new JsonObject
            {
                ["nodes"] = "two Plateforme.Web.dll processes (Release build, Production environment), Cluster:Enabled=true, one PostgreSQL database (throwaway, fsync off), each node its own Lucene replica fed from the outbox",
                ["proxy"] = "Debian's haproxy, routing as infra/haproxy/haproxy.cfg (without TLS): /api/ with X-Api-Key by a consistent hash of the key, /api/ without a key by source address, the rest round robin with the sticky cookie",
                ["partnerKeys"] = keys.Count,
                ["keysPerNode"] = JsonSerializer.SerializeToNode(keysPerNode),
                ["startSeconds"] = startSeconds,
                ["seedSeconds"] = seedSeconds,
                ["catchUpSeconds"] = new JsonObject { ["a"] = Math.Round(caughtUp[0], 1), ["b"] = Math.Round(caughtUp[1], 1) },
            },
            ["runs"] = runs,
            ["correctness"] = new JsonObject
            {
                ["nonSuccess"] = nonSuccess,
                ["socketErrors"] = socketErrors,
                ["nodesAndProxyStillServing"] = stillServing,
                ["ok"] = correct,
            },
            ["target"] = new JsonObject
            {
                ["connections"] = TargetConnections,
                ["minSearchesPerSecond"] = TargetRequestsPerSecond,
                ["maxP99Ms"] = TargetP99Ms,
                ["metThroughProxy"] = atTarget is null ? null : atTarget.RequestsPerSecond >= TargetRequestsPerSecond && atTarget.P99Ms <= TargetP99Ms,
                ["note"] = "reported, not enforced: the one-node run (load.json) holds the target; this run proves the cluster serves the load",
            },
            ["notes"] = new JsonArray(
                $"On {Environment.ProcessorCount} cores the two nodes, haproxy, PostgreSQL and wrk share the same cores: two nodes cannot add throughput here, and each node has about half the CPU of the one-node run. What is measured is that the cluster serves the load correctly and what the proxy costs.",
                "Every search carries one of the partner keys in turn, as many API clients would: with the operator's routing, requests without a key are all sent to one node by source address, and every request of a benchmark on loopback comes from 127.0.0.1.",
                "searchThroughProxyToNodeAOnly sends only the keys the proxy hashes to node a, and searchDirectToNodeA the same searches to node a without the proxy (node b idles in both): proxyAddedP50Ms and proxyThroughputRatio compare them, the proxy's own cost. twoNodesThroughputRatio compares searchThroughProxy (both nodes) with searchThroughProxyToNodeAOnly. baselineHealthLiveThroughProxy is what the proxy and the HTTP stack cost without a search."),
        };
        var json = report.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Console.WriteLine(json);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, json + Environment.NewLine, CancellationToken.None);
        if (!correct)
        {
            Console.Error.WriteLine($"The cluster did not serve the load correctly: {nonSuccess} non-2xx answers, {socketErrors} socket errors, still serving: {stillServing}.");
            if (!stillServing) Console.Error.WriteLine(nodeA.Output + nodeB.Output + proxy.Output);
        }

        return correct ? 0 : 1;
    }

    private static Dictionary<string, string> NodeSettings(string database, string keysPath, Uri publicAddress) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        // The operator's public address is the proxy's; the nodes accept its host (127.0.0.1) on any port.
        ["Site:PublicAddress"] = publicAddress.ToString().TrimEnd('/'),
        ["Web:Https:Enabled"] = "false",
        ["Database:Provider"] = "PostgreSql",
        ["Database:ConnectionString"] = database,
        ["Cluster:Enabled"] = "true",
        ["PublicApi:PartnerKeys:Path"] = keysPath,
        // The load comes from a few clients on loopback: no quota may answer 429s.
        ["PublicApi:RateLimit:PermitLimit"] = "10000000",
        ["PublicApi:RateLimit:PartnerPermitLimit"] = "10000000",
        // Nothing else running on its own while wrk measures.
        ["Crawler:Scheduling:Enabled"] = "false",
        ["Alerts:ScheduleEnabled"] = "false",
        ["Lending:Clock:Enabled"] = "false",
        ["Logging:LogLevel:Default"] = "Warning",
        // On a fresh database the first node's migrator logs its probe of each missing history table as a failed command.
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Critical",
    };

    /// <summary>What a second server has of its own: its Lucene replica (and the outbox position beside it) and its mail folder.</summary>
    private static Dictionary<string, string> With(Dictionary<string, string> shared, string folder, string node) => new(shared)
    {
        ["Search:Index:Path"] = Path.Combine(folder, node, "index"),
        ["Accounts:Mail:PickupFolder"] = Path.Combine(folder, node, "mail"),
    };

    /// <summary>Seconds until the node, asked directly (not through the proxy), finds every call.</summary>
    private static async Task<double> CatchUpAsync(WebNode node, int calls, Stopwatch since, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(30) };
        var last = -1;
        while (since.Elapsed < CatchUpTimeout)
        {
            if (node.HasExited) throw new InvalidOperationException($"Node {node.Name} stopped while catching up:\n{node.Output}");
            try
            {
                var json = await http.GetFromJsonAsync<JsonElement>(new Uri("/api/calls?pageSize=1", UriKind.Relative), cancellationToken);
                last = json.GetProperty("total").GetInt32();
                if (last == calls) return since.Elapsed.TotalSeconds;
                if (last > calls) throw new InvalidOperationException($"Node {node.Name} finds {last} calls, more than the {calls} written.");
            }
            catch (HttpRequestException)
            {
                // A busy node: ask again.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Slow while it indexes: ask again.
            }

            await Task.Delay(500, cancellationToken);
        }

        throw new TimeoutException($"Node {node.Name} found {last} of {calls} calls after {CatchUpTimeout.TotalMinutes:0} min:\n{node.Output}");
    }

    private static void PrintLogTail(WebNode node)
    {
        var lines = node.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0) return;
        Console.WriteLine($"Node {node.Name} logged {lines.Length} lines; the last ones:");
        foreach (var line in lines.TakeLast(15)) Console.WriteLine("  " + line);
    }

    private static double? Ratio(WrkResult measured, WrkResult baseline) =>
        baseline.RequestsPerSecond > 0 ? Math.Round(measured.RequestsPerSecond / baseline.RequestsPerSecond, 2) : null;

    /// <summary>Which node the proxy sends each partner key to (the same node for every request with that key).</summary>
    private static async Task<Dictionary<string, List<string>>> KeysByNodeAsync(LoadBalancer proxy, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = proxy.Address, Timeout = TimeSpan.FromSeconds(30) };
        var perNode = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/calls?pageSize=1", UriKind.Relative));
            request.Headers.Add("X-Api-Key", key);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"A partner key was answered {(int)response.StatusCode} through the proxy:\n{proxy.Output}");
            var node = response.Headers.TryGetValues(LoadBalancer.ServedByHeader, out var by) ? by.Single() : "?";
            if (!perNode.TryGetValue(node, out var ofNode)) perNode[node] = ofNode = [];
            ofNode.Add(key);
        }

        return perNode;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

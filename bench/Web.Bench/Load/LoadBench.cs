using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Plateforme.Web.Bench.Load;

/// <summary>
/// Concurrent search load on one node: <c>wrk</c> asks <c>/api/calls</c> with seeded searches at 1, 16 and 64 open
/// connections; the baseline of the same run is <c>/health/live</c> at the same concurrency, what the HTTP stack and
/// the middleware cost without any search. Target: at 16 connections, at least 300 searches/s with p99 ≤ 100 ms.
/// </summary>
internal static class LoadBench
{
    private const double TargetRequestsPerSecond = 300;
    private const double TargetP99Ms = 100;
    private const int TargetConnections = 16;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(int calls, TimeSpan duration, IReadOnlyList<int> connectionCounts, string output)
    {
        Console.WriteLine($"Starting the application with {calls:N0} demo calls…");
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var app = new BenchApp(calls);
        using var client = app.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(10);
        await WebBench.WaitForCatalogueAsync(client, calls);
        var origin = new Uri(app.Origin);
        Console.WriteLine($"Ready in {started.Elapsed.TotalSeconds:F0} s on {origin}; letting the index merge its segments for {Settle.TotalSeconds:F0} s.");
        // Indexing the whole catalogue at start leaves segment merges running in the background for a while: measured
        // during them, the searches would share the cores with work a node in service has long finished.
        await Task.Delay(Settle);

        var searches = Addresses.Generate(2_000, seed: 20261205).Select(address => "/api/calls" + address).ToList();
        var searchScript = WrkScript.Write(app.Folder, "search", searches);
        var baselineScript = WrkScript.Write(app.Folder, "baseline", ["/health/live"]);

        // Warm-up: the first requests pay for JIT and the index's caches.
        await WrkRun.RunAsync(origin, searchScript, 4, TimeSpan.FromSeconds(5));

        var runs = new JsonArray();
        WrkResult? atTarget = null;
        foreach (var connections in connectionCounts)
        {
            var search = await WrkRun.RunAsync(origin, searchScript, connections, duration);
            var baseline = await WrkRun.RunAsync(origin, baselineScript, connections, duration);
            Console.WriteLine($"{connections,3} connections: {search.RequestsPerSecond,8:F1} searches/s, p50 {search.P50Ms} ms, p99 {search.P99Ms} ms (baseline {baseline.RequestsPerSecond:F1}/s, p99 {baseline.P99Ms} ms)");
            if (connections == TargetConnections) atTarget = search;
            runs.Add(new JsonObject
            {
                ["connections"] = connections,
                ["search"] = JsonSerializer.SerializeToNode(search, WebBench.CamelCase),
                ["baselineHealthLive"] = JsonSerializer.SerializeToNode(baseline, WebBench.CamelCase),
            });
        }

        var met = atTarget is { NonSuccess: 0, SocketErrors: 0 } && atTarget.RequestsPerSecond >= TargetRequestsPerSecond && atTarget.P99Ms <= TargetP99Ms;
        var report = new JsonObject
        {
            ["generatedAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["machine"] = WebBench.Machine(),
            ["calls"] = calls,
            ["durationSecondsPerRun"] = (int)duration.TotalSeconds,
            ["tool"] = "wrk 4.1 (Debian), at most 2 threads, latency from its histogram",
            ["node"] = "one web process, SQLite, Lucene in-process, public quota lifted (every request comes from 127.0.0.1)",
            ["settleSecondsBeforeMeasuring"] = (int)Settle.TotalSeconds,
            ["runs"] = runs,
            ["target"] = new JsonObject
            {
                ["connections"] = TargetConnections,
                ["minSearchesPerSecond"] = TargetRequestsPerSecond,
                ["maxP99Ms"] = TargetP99Ms,
                ["met"] = atTarget is null ? null : met,
            },
        };
        var json = report.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        Console.WriteLine(json);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, json + Environment.NewLine);
        return atTarget is null || met ? 0 : 1;
    }
}

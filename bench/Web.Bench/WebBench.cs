using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Plateforme.Web.Bench;

/// <summary>
/// Server time of the results page at 100 000 calls: each address is asked as the page (prerendered HTML, the same
/// reading of the address, search and rendering an interactive update does, plus the HTML) and, as the baseline in
/// the same run, as the search API (the same search without any rendering).
/// </summary>
internal static class WebBench
{
    internal static readonly JsonSerializerOptions CamelCase = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task<int> Main(string[] args)
    {
        var calls = ArgValue(args, "--calls") is { } c ? int.Parse(c, CultureInfo.InvariantCulture) : args.Contains("--quick") ? 10_000 : 100_000;
        if (args.Contains("--circuits-driver")) return await Circuits.BrowserDriver.RunAsync(ArgValue(args, "--circuits-driver")!);
        if (args.Contains("--circuits")) return await Circuits.CircuitBench.RunAsync(Circuits.CircuitBenchOptions.Parse(calls, args));
        if (args.Contains("--load"))
        {
            var seconds = ArgValue(args, "--duration") is { } d ? int.Parse(d, CultureInfo.InvariantCulture) : 20;
            var connections = (ArgValue(args, "--connections") ?? "1,16,64").Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToList();
            if (args.Contains("--two-nodes"))
            {
                return await Cluster.ClusterLoadBench.RunAsync(calls, TimeSpan.FromSeconds(seconds), connections, ArgValue(args, "--out") ?? Path.Combine("bench", "results", "load-cluster.json"));
            }

            return await Load.LoadBench.RunAsync(calls, TimeSpan.FromSeconds(seconds), connections, ArgValue(args, "--out") ?? Path.Combine("bench", "results", "load.json"));
        }

        var requests = ArgValue(args, "--requests") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 300;
        var output = ArgValue(args, "--out") ?? Path.Combine("bench", "results", "web.json");
        const double TargetP95Ms = 150;

        Console.WriteLine($"Starting the application with {calls:N0} demo calls…");
        var started = Stopwatch.StartNew();
        await using var app = new BenchApp(calls);
        using var client = app.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(10);
        await WaitForCatalogueAsync(client, calls);
        var startupSeconds = Math.Round(started.Elapsed.TotalSeconds, 1);
        Console.WriteLine($"Ready in {startupSeconds} s.");

        var addresses = Addresses.Generate(requests, seed: 20261123);
        foreach (var warm in addresses.Take(30))
        {
            await HttpPageTimes.TimeAsync(client, "/recherche" + warm);
            await HttpPageTimes.TimeAsync(client, "/api/calls" + warm);
        }

        var page = new List<double>(requests);
        var api = new List<double>(requests);
        foreach (var address in addresses)
        {
            page.Add(await HttpPageTimes.TimeAsync(client, "/recherche" + address));
            api.Add(await HttpPageTimes.TimeAsync(client, "/api/calls" + address));
        }

        var pageLatency = Latencies.Of(page);
        var apiLatency = Latencies.Of(api);
        var met = pageLatency.P95Ms < TargetP95Ms;
        var report = new JsonObject
        {
            ["generatedAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["machine"] = Machine(),
            ["calls"] = calls,
            ["requests"] = requests,
            ["startupSeconds"] = startupSeconds,
            ["resultsPage"] = JsonSerializer.SerializeToNode(pageLatency, CamelCase),
            ["baselineSearchApi"] = JsonSerializer.SerializeToNode(apiLatency, CamelCase),
            ["renderingOverheadP50Ms"] = Math.Round(pageLatency.P50Ms - apiLatency.P50Ms, 2),
            ["target"] = new JsonObject { ["resultsPageP95Ms"] = TargetP95Ms, ["met"] = met },
        };
        var json = report.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        Console.WriteLine(json);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, json + Environment.NewLine);
        return met ? 0 : 1;
    }

    internal static JsonObject Machine() => new()
    {
        ["cores"] = Environment.ProcessorCount,
        ["dotNet"] = Environment.Version.ToString(),
        ["loadAverage"] = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null,
    };

    static string? ArgValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    // The seeder fills the database at start, then the outbox feeds the index: wait until search sees every call.
    internal static async Task WaitForCatalogueAsync(HttpClient client, int calls)
    {
        var deadline = DateTime.UtcNow.AddMinutes(15);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var json = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/calls?pageSize=1", UriKind.Relative));
                if (json.GetProperty("total").GetInt32() >= calls) return;
            }
            catch (HttpRequestException)
            {
                // Still starting.
            }
            await Task.Delay(1000);
        }
        throw new TimeoutException($"The index never reached {calls} calls");
    }
}

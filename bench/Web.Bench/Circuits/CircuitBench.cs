using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Plateforme.Web.Bench.Circuits;

/// <summary>
/// Blazor Server capacity on one node: the server memory each idle circuit holds, and the results page's times
/// with that many circuits open against the same measures with one circuit open (the baseline of the same run).
/// The application runs in this process so its managed heap can be read exactly; the browser runs in a child process.
/// </summary>
internal static class CircuitBench
{
    private const double TargetKbPerIdleCircuit = 250;
    private const int MemorySteps = 4;

    public static async Task<int> RunAsync(CircuitBenchOptions options)
    {
        using var circuits = new CircuitCount();
        Console.WriteLine($"Starting the application with {options.Calls:N0} demo calls…");
        var started = Stopwatch.StartNew();
        await using var app = new BenchApp(options.Calls);
        using var client = app.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(10);
        await WebBench.WaitForCatalogueAsync(client, options.Calls);
        var startupSeconds = Math.Round(started.Elapsed.TotalSeconds, 1);
        Console.WriteLine($"Ready in {startupSeconds} s.");

        var pageAddresses = Addresses.Generate(options.Circuits, seed: 20261205);
        var requestAddresses = Addresses.Generate(options.Requests, seed: 20261123);
        var texts = SearchTexts(pageAddresses.Concat(requestAddresses));
        // Every address before anything is measured, twice for the JIT's second tier: what the index caches for a
        // search is not a circuit's, and the baseline must not pay the warm-up.
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var address in pageAddresses.Concat(requestAddresses)) await HttpPageTimes.TimeAsync(client, "/recherche" + address);
        }

        // Let the start-up's background work (index merges, seeders) finish before the baseline is measured.
        await Task.Delay(TimeSpan.FromSeconds(options.IdleSeconds));
        await using var driver = DriverProcess.Start(new Uri(app.Origin));
        var firstPage = await driver.AskAsync<OpenReply>(new DriverCommand("open") { Addresses = [pageAddresses[0]] });
        if (firstPage.Opened != 1) throw new InvalidOperationException("The first page never became interactive: " + string.Join("; ", firstPage.Errors));
        await driver.AskAsync<UpdatesReply>(new DriverCommand("updates") { Pages = 1, Rounds = 2, Texts = texts });

        Console.WriteLine($"Baseline with one circuit open: {requestAddresses.Count} page requests, {options.Sample} rounds of updates…");
        // One unmeasured pass with the browser up, so that the baseline does not pay a late warm-up.
        await HttpPageTimes.MeasureAsync(client, requestAddresses);
        var baselineHttp = await HttpPageTimes.MeasureAsync(client, requestAddresses);
        var baselineUpdates = await driver.AskAsync<UpdatesReply>(new DriverCommand("updates") { Pages = 1, Rounds = options.Sample, Texts = texts });
        var baselineLoad = LoadAverage();

        var idle = TimeSpan.FromSeconds(options.IdleSeconds);
        await Task.Delay(idle);
        var before = ServerMemory.Measure();
        var activeBefore = circuits.Active;

        // Opened in steps, the heap read after each: see MemoryCurve for why one difference is not enough.
        var curve = new MemoryCurve();
        curve.Add(activeBefore, before);
        var rest = pageAddresses.Skip(1).ToList();
        var step = Math.Max(1, (rest.Count + MemorySteps - 1) / MemorySteps);
        var opening = new OpenReply(0, 0, 0, 0, 0, []);
        ServerMemory after = before;
        foreach (var batch in rest.Chunk(step))
        {
            Console.WriteLine($"Opening {batch.Length} more pages, {options.OpenConcurrency} at a time…");
            var opened = await driver.AskAsync<OpenReply>(new DriverCommand("open") { Addresses = batch, Concurrency = options.OpenConcurrency });
            opening = new OpenReply(opening.Opened + opened.Opened, opening.Failed + opened.Failed, opened.PagesOpen,
                Math.Round(opening.Seconds + opened.Seconds, 1), opened.BrowserPssBytes, [.. opening.Errors, .. opened.Errors]);
            // Idle means idle: the last renders and the prerendering's leftovers are done before the heap is read.
            await Task.Delay(idle);
            after = ServerMemory.Measure();
            curve.Add(circuits.Active, after);
        }

        var shares = RenderTreeShares.Measure(app.Services);
        var held = RenderTreeShares.HeldByFields(app.Services);
        var activeAfter = circuits.Active;
        var connectedAfter = circuits.Connected;

        Console.WriteLine($"{activeAfter} circuits open on the server; measuring with them open…");
        var loadedHttp = await HttpPageTimes.MeasureAsync(client, requestAddresses);
        var loadedUpdates = await driver.AskAsync<UpdatesReply>(new DriverCommand("updates") { Pages = options.Sample, Rounds = 1, Texts = texts });
        var connectedAtEnd = circuits.Connected;
        var loadedLoad = LoadAverage();

        var added = activeAfter - activeBefore;
        var managedKb = PerCircuitKb(after.ManagedBytes - before.ManagedBytes, added);
        var workingSetKb = PerCircuitKb(after.WorkingSetBytes - before.WorkingSetBytes, added);
        var allOpened = activeAfter >= options.Circuits && firstPage.Opened + opening.Opened >= options.Circuits;
        var perCircuitKb = curve.MedianStepKb;
        var met = perCircuitKb is { } kb && kb <= TargetKbPerIdleCircuit;
        var serverOptions = app.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;

        var report = new JsonObject
        {
            ["generatedAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["machine"] = WebBench.Machine(),
            ["calls"] = options.Calls,
            ["startupSeconds"] = startupSeconds,
            ["circuits"] = new JsonObject
            {
                ["requested"] = options.Circuits,
                ["pagesInteractive"] = firstPage.Opened + opening.Opened,
                ["pagesFailed"] = opening.Failed,
                ["openSeconds"] = opening.Seconds,
                ["serverOpenBefore"] = activeBefore,
                ["serverOpenAfter"] = activeAfter,
                ["serverConnectedAfter"] = connectedAfter,
                ["serverConnectedAtEnd"] = connectedAtEnd,
                ["serverOpenedInRun"] = circuits.Opened,
                ["added"] = added,
                ["openErrors"] = new JsonArray([.. opening.Errors.Select(e => JsonValue.Create(e))]),
            },
            ["memory"] = new JsonObject
            {
                ["managedMbBefore"] = before.ManagedMb,
                ["managedMbAfter"] = after.ManagedMb,
                ["workingSetMbBefore"] = before.WorkingSetMb,
                ["workingSetMbAfter"] = after.WorkingSetMb,
                ["perCircuitKb"] = new JsonObject
                {
                    ["managedMedianStep"] = perCircuitKb,
                    ["managedSteps"] = new JsonArray([.. curve.StepsKb.Select(step => JsonValue.Create(step))]),
                    ["managedSlope"] = curve.SlopeKb,
                    ["managedSlopeRSquared"] = curve.RSquared,
                    ["managed"] = managedKb,
                    ["ofWhichLargeObjects"] = PerCircuitKb(after.LargeObjectBytes - before.LargeObjectBytes, added),
                    ["ofWhichPinnedObjects"] = PerCircuitKb(after.PinnedObjectBytes - before.PinnedObjectBytes, added),
                    ["workingSet"] = workingSetKb,
                },
                ["managedMbByOpenCircuits"] = new JsonArray([.. curve.Points.Select(p => new JsonObject
                {
                    ["circuits"] = p.Circuits,
                    ["managedMb"] = Math.Round(p.ManagedBytes / 1048576.0, 1),
                })]),
                ["renderTreesPerCircuit"] = RenderTrees(shares),
                ["heldByComponentFieldsPerCircuit"] = RenderTrees(held),
            },
            ["browser"] = new JsonObject
            {
                ["chromiumArgs"] = new JsonArray([.. BrowserDriver.ChromiumArguments.Select(a => JsonValue.Create(a))]),
                ["contexts"] = BrowserDriver.Contexts,
                ["pssMbWithAllPages"] = Math.Round(opening.BrowserPssBytes / 1048576.0, 1),
            },
            ["serverCircuitOptions"] = new JsonObject
            {
                ["disconnectedCircuitMaxRetained"] = serverOptions.DisconnectedCircuitMaxRetained,
                ["disconnectedCircuitRetentionSeconds"] = serverOptions.DisconnectedCircuitRetentionPeriod.TotalSeconds,
                ["maxBufferedUnacknowledgedRenderBatches"] = serverOptions.MaxBufferedUnacknowledgedRenderBatches,
            },
            ["requests"] = options.Requests,
            ["withOneCircuit"] = Phase(baselineHttp, baselineUpdates, baselineLoad),
            ["withCircuitsOpen"] = Phase(loadedHttp, loadedUpdates, loadedLoad),
            ["ratioP95"] = new JsonObject
            {
                ["resultsPageHttp"] = Ratio(loadedHttp.P95Ms, baselineHttp.P95Ms),
                ["interactiveUpdates"] = Ratio(Of(All(loadedUpdates))?.P95Ms, Of(All(baselineUpdates))?.P95Ms),
            },
            ["target"] = new JsonObject
            {
                ["maxKbPerIdleCircuit"] = TargetKbPerIdleCircuit,
                ["basis"] = "managed heap after full collections, read at five numbers of open circuits from one to all: the median of the four steps' cost per circuit added",
                ["measuredKb"] = perCircuitKb,
                ["met"] = met,
                ["allCircuitsOpened"] = allOpened,
            },
        };
        var json = report.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        PrintSummary(options, activeAfter, added, perCircuitKb, curve, managedKb, workingSetKb, baselineHttp, loadedHttp, baselineUpdates, loadedUpdates, met, allOpened);
        Console.WriteLine(json);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Output))!);
        await File.WriteAllTextAsync(options.Output, json + Environment.NewLine);
        return met && allOpened ? 0 : 1;
    }

    /// <summary>The texts of the seeded searches, for the updates to type.</summary>
    private static List<string> SearchTexts(IEnumerable<string> addresses) =>
        [.. addresses.Select(a => HttpUtility.ParseQueryString(a)["q"]).OfType<string>().Distinct(StringComparer.Ordinal)];

    // The machine is shared: the load at the end of each phase tells how much a difference means.
    private static string? LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null;

    private static JsonObject Phase(Latencies http, UpdatesReply updates, string? loadAverage) => new()
    {
        ["loadAverage"] = loadAverage,
        ["resultsPageHttp"] = JsonSerializer.SerializeToNode(http, WebBench.CamelCase),
        ["interactiveUpdates"] = new JsonObject
        {
            ["all"] = Node(Of(All(updates))),
            ["filterToggled"] = Node(Of(updates.TickMs)),
            ["textSearched"] = Node(Of(updates.SearchMs)),
            ["samples"] = updates.TickMs.Count + updates.SearchMs.Count,
            ["failedRounds"] = updates.Failed,
            ["searchesNoTextChanges"] = updates.Unmeasurable,
            ["errors"] = new JsonArray([.. updates.Errors.Select(e => JsonValue.Create(e))]),
        },
    };

    /// <summary>The components whose render trees weigh most in a circuit, and the total of all of them.</summary>
    private static JsonObject RenderTrees(IReadOnlyList<RenderTreeShares.Share> shares) => new()
    {
        ["kbAllComponents"] = Math.Round(shares.Sum(s => s.KbPerCircuit), 1),
        ["byComponent"] = new JsonArray([.. shares.Take(15).Select(s => JsonSerializer.SerializeToNode(s, WebBench.CamelCase))]),
    };

    private static List<double> All(UpdatesReply updates) => [.. updates.TickMs, .. updates.SearchMs];

    private static Latencies? Of(IReadOnlyCollection<double> samples) => samples.Count > 0 ? Latencies.Of(samples) : null;

    private static JsonNode? Node(Latencies? latencies) => latencies is null ? null : JsonSerializer.SerializeToNode(latencies, WebBench.CamelCase);

    private static double? PerCircuitKb(long bytes, long circuits) => circuits > 0 ? Math.Round(bytes / 1024.0 / circuits, 1) : null;

    private static double? Ratio(double? loaded, double? baseline) => loaded is { } l && baseline is { } b && b > 0 ? Math.Round(l / b, 2) : null;

    private static void PrintSummary(CircuitBenchOptions options, long open, long added, double? perCircuitKb, MemoryCurve curve, double? managedKb, double? workingSetKb,
        Latencies baselineHttp, Latencies loadedHttp, UpdatesReply baselineUpdates, UpdatesReply loadedUpdates, bool met, bool allOpened)
    {
        var baseline = Of(All(baselineUpdates));
        var loaded = Of(All(loadedUpdates));
        Console.WriteLine();
        Console.WriteLine($"Circuits: {open} open on the server for {options.Circuits} asked ({added} added after the baseline){(allOpened ? "" : " — FEWER THAN ASKED")}.");
        Console.WriteLine($"Server memory per idle circuit: {perCircuitKb?.ToString(CultureInfo.InvariantCulture) ?? "?"} KB managed heap, the median of {curve.StepsKb.Count} steps ({string.Join(", ", curve.StepsKb.Select(s => s.ToString(CultureInfo.InvariantCulture)))}); target ≤ {TargetKbPerIdleCircuit} KB: {(met ? "met" : "MISSED")}.");
        Console.WriteLine($"  Least-squares slope: {curve.SlopeKb?.ToString(CultureInfo.InvariantCulture) ?? "?"} KB (R² {curve.RSquared?.ToString(CultureInfo.InvariantCulture) ?? "?"}).");
        Console.WriteLine($"  From the first and last readings alone: {managedKb?.ToString(CultureInfo.InvariantCulture) ?? "?"} KB managed heap, {workingSetKb?.ToString(CultureInfo.InvariantCulture) ?? "?"} KB working set.");
        Console.WriteLine($"Results page over HTTP, p95: {baselineHttp.P95Ms} ms with one circuit, {loadedHttp.P95Ms} ms with {open} open.");
        Console.WriteLine($"Interactive updates, p95: {baseline?.P95Ms.ToString(CultureInfo.InvariantCulture) ?? "?"} ms with one circuit, {loaded?.P95Ms.ToString(CultureInfo.InvariantCulture) ?? "?"} ms with {open} open ({baselineUpdates.Failed + loadedUpdates.Failed} failed rounds).");
        Console.WriteLine();
    }
}

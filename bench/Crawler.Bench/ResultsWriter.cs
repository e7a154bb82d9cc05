using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Plateforme.Crawler.Bench;

/// <summary>
/// Builds the "politeness" section and writes it into bench/results/crawler.json, keeping every other
/// top-level key (the parse benchmark writes its own section into the same file).
/// </summary>
internal static class ResultsWriter
{
    /// <summary>Readable output: "&lt;=" stays "&lt;=" rather than an escape.</summary>
    public static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Build(BenchOptions options, PolitenessMeasurement measured, out bool allTargetsMet)
    {
        var bound = options.Delay * (options.PagesPerHost - 1);
        var allowed = bound * 1.10;
        var gaps = measured.MinimumGapPerHost();
        var minimumGap = gaps.Count == 0 ? TimeSpan.Zero : gaps.Min();
        var expectedRequests = options.Hosts * options.PagesPerHost;
        var fetched = measured.Outcomes.GetValueOrDefault("Fetched");
        var growth = measured.HeapAfterBytes - measured.HeapBeforeBytes;
        const long FlatHeapBytes = 8L * 1024 * 1024;

        var targets = new JsonArray
        {
            Target("crawl within 10 % of the politeness bound", $"<= {Seconds(allowed)} s", Seconds(measured.Elapsed), measured.Elapsed <= allowed),
            Target("no host faster than allowed (minimum gap per host)", $">= {Seconds(options.Delay)} s", Seconds(minimumGap), minimumGap >= options.Delay),
            Target("every page fetched, each requested once", $"{expectedRequests}", $"{fetched} fetched, {measured.RequestsSeen} requests seen", fetched == expectedRequests && measured.RequestsSeen == expectedRequests),
            Target("managed heap flat (growth after a full GC)", "<= 8 MB", Megabytes(growth), growth <= FlatHeapBytes),
        };
        allTargetsMet = targets.All(target => target!["pass"]!.GetValue<bool>());

        var sortedGaps = gaps.Order().ToList();
        var allGaps = measured.AllGaps().Order().ToList();
        return new JsonObject
        {
            ["runAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["machine"] = new JsonObject
            {
                ["cores"] = Environment.ProcessorCount,
                ["os"] = RuntimeInformation.OSDescription,
                ["dotnet"] = RuntimeInformation.FrameworkDescription,
            },
            ["quick"] = options.Quick,
            ["hosts"] = options.Hosts,
            ["pagesPerHost"] = options.PagesPerHost,
            ["delaySeconds"] = Seconds(options.Delay),
            ["baseline"] = new JsonObject
            {
                ["name"] = "theoretical politeness bound: (pages per host - 1) x delay, hosts in parallel",
                ["seconds"] = Seconds(bound),
                ["serialSeconds"] = Seconds(options.Delay * (expectedRequests - 1)),
            },
            ["elapsedSeconds"] = Seconds(measured.Elapsed),
            ["overheadPercent"] = Math.Round(((measured.Elapsed / bound) - 1) * 100, 2),
            ["pagesPerSecond"] = Math.Round(expectedRequests / measured.Elapsed.TotalSeconds, 2),
            ["outcomes"] = new JsonObject(measured.Outcomes.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))),
            ["charactersDecoded"] = measured.CharactersDecoded,
            ["gapPerHostSeconds"] = new JsonObject
            {
                ["minimum"] = Seconds(minimumGap),
                ["median"] = sortedGaps.Count == 0 ? 0 : Seconds(sortedGaps[sortedGaps.Count / 2]),
                ["maximumOfMinimums"] = sortedGaps.Count == 0 ? 0 : Seconds(sortedGaps[^1]),
            },
            ["allGapsSeconds"] = new JsonObject
            {
                ["count"] = allGaps.Count,
                ["mean"] = allGaps.Count == 0 ? 0 : Math.Round(allGaps.Average(gap => gap.TotalSeconds), 3),
                ["p50"] = allGaps.Count == 0 ? 0 : Seconds(allGaps[allGaps.Count / 2]),
                ["p95"] = allGaps.Count == 0 ? 0 : Seconds(allGaps[(int)(allGaps.Count * 0.95)]),
                ["maximum"] = allGaps.Count == 0 ? 0 : Seconds(allGaps[^1]),
            },
            ["managedHeapMb"] = new JsonObject
            {
                ["before"] = Megabytes(measured.HeapBeforeBytes),
                ["after"] = Megabytes(measured.HeapAfterBytes),
                ["peak"] = Megabytes(measured.HeapPeakBytes),
                ["growth"] = Megabytes(growth),
            },
            ["targets"] = targets,
        };
    }

    public static void Write(string path, JsonObject politeness)
    {
        var fullPath = Path.GetFullPath(path);
        JsonObject root = File.Exists(fullPath) && JsonNode.Parse(File.ReadAllText(fullPath)) is JsonObject existing ? existing : [];
        root["politeness"] = politeness;
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, root.ToJsonString(Indented) + Environment.NewLine);
    }

    private static JsonObject Target(string name, string target, JsonNode measured, bool pass) =>
        new() { ["name"] = name, ["target"] = target, ["measured"] = measured, ["pass"] = pass };

    private static double Seconds(TimeSpan span) => Math.Round(span.TotalSeconds, 3);

    private static double Megabytes(long bytes) => Math.Round(bytes / (1024.0 * 1024.0), 2);
}

using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Fetching;
using Plateforme.Crawler.Sources;

namespace Plateforme.Crawler.Bench.Parse;

/// <summary>
/// Parse-and-extract throughput on the fixture pages, on one core, in three stages measured in the same run:
/// AngleSharp parsing alone (the baseline), the connectors (pages to raw calls), and the full extraction
/// (raw calls normalised into catalogue values).
/// </summary>
internal static class ParseRun
{
    public static async Task<JsonObject> RunAsync(string fixtures, int iterations, TimeSpan minimumTime)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1;
        var fetcher = new FixtureFetcher(fixtures);
        using var services = new ServiceCollection()
            .AddSingleton<IPageFetcher>(fetcher)
            .AddCrawlerSources(options =>
            {
                foreach (var definition in SourceRegistry.Load().All)
                {
                    foreach (var root in definition.EntryUrls.Select(u => u.GetLeftPart(UriPartial.Authority)).Distinct())
                    {
                        options.BaseUrlOverrides.Add(new BaseUrlOverride { Public = root, Local = $"http://{FixtureFetcher.HostOf(definition.Id)}/" });
                    }
                }
            })
            .BuildServiceProvider();
        var reader = services.GetRequiredService<SourceReader>();
        var definitions = services.GetRequiredService<SourceRegistry>().All;
        var normalizer = new CallNormalizer(TimeProvider.System);
        var htmlPages = Directory.EnumerateFiles(fixtures, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();

        var baseline = await MeasureAsync(iterations, minimumTime, () =>
        {
            var parser = new HtmlParser();
            foreach (var page in htmlPages) parser.ParseDocument(page).Dispose();
            return Task.FromResult((htmlPages.Count, 0));
        }).ConfigureAwait(false);
        var connectors = await MeasureAsync(iterations, minimumTime, () => ReadAllAsync(reader, definitions, null)).ConfigureAwait(false);
        var full = await MeasureAsync(iterations, minimumTime, () => ReadAllAsync(reader, definitions, normalizer)).ConfigureAwait(false);

        return new JsonObject
        {
            ["runAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["machine"] = new JsonObject
            {
                ["cores"] = Environment.ProcessorCount,
                ["coresUsed"] = 1,
                ["os"] = RuntimeInformation.OSDescription,
                ["dotnet"] = RuntimeInformation.FrameworkDescription,
            },
            ["corpus"] = new JsonObject
            {
                ["sources"] = definitions.Count,
                ["htmlFixturePages"] = htmlPages.Count,
                ["pagesPerPass"] = full.Pages / full.Passes,
                ["callsPerPass"] = full.Calls / full.Passes,
            },
            ["baseline"] = Stage("AngleSharp parse only (HTML fixture pages)", baseline),
            ["connectors"] = Stage("connectors: pages to raw calls (all sources, HTML/RSS/JSON/CSV)", connectors),
            ["fullExtraction"] = Stage("connectors + CallNormalizer: pages to catalogue-ready calls", full),
            ["extractionCostPerCallMicroseconds"] = full.Calls == 0 ? 0
                : Math.Round(((full.Elapsed.TotalMicroseconds / full.Calls) - (connectors.Elapsed.TotalMicroseconds / Math.Max(1, connectors.Calls))), 1),
        };
    }

    private static async Task<(int Pages, int Calls)> ReadAllAsync(SourceReader reader, IReadOnlyList<Sources.Definitions.SourceDefinition> definitions, CallNormalizer? normalizer)
    {
        var pages = 0;
        var calls = 0;
        foreach (var definition in definitions)
        {
            var diagnostics = new SourceRunDiagnostics();
            var context = new SourceContext(definition.Id, definition.Funder.Slug, definition.DefaultTerritory, definition.Licence);
            await foreach (var raw in reader.ReadAsync(definition, diagnostics, CancellationToken.None).ConfigureAwait(false))
            {
                normalizer?.Normalize(raw, context);
                calls++;
            }

            pages += diagnostics.PagesFetched;
        }

        return (pages, calls);
    }

    private static async Task<Measured> MeasureAsync(int iterations, TimeSpan minimumTime, Func<Task<(int Pages, int Calls)>> pass)
    {
        await pass().ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var (pages, calls, passes) = (0, 0, 0);
        while (passes < iterations || clock.Elapsed < minimumTime)
        {
            var (p, c) = await pass().ConfigureAwait(false);
            pages += p;
            calls += c;
            passes++;
        }

        return new Measured(passes, pages, calls, clock.Elapsed);
    }

    private static JsonObject Stage(string name, Measured measured) => new()
    {
        ["name"] = name,
        ["passes"] = measured.Passes,
        ["pages"] = measured.Pages,
        ["calls"] = measured.Calls,
        ["seconds"] = Math.Round(measured.Elapsed.TotalSeconds, 3),
        ["pagesPerSecond"] = Math.Round(measured.Pages / measured.Elapsed.TotalSeconds, 1),
        ["callsPerSecond"] = Math.Round(measured.Calls / measured.Elapsed.TotalSeconds, 1),
    };

    private sealed record Measured(int Passes, int Pages, int Calls, TimeSpan Elapsed);
}

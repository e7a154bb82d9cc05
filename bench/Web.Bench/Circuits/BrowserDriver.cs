using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace Plateforme.Web.Bench.Circuits;

/// <summary>
/// The browser side of the circuit bench, run as a child process (<c>--circuits-driver ORIGIN</c>) so that
/// Playwright's own objects (one per page, frame, request and response) stay out of the server's managed heap,
/// which the parent measures. One headless Debian Chromium, a few contexts, many pages; it answers the parent's
/// commands read one JSON line at a time from standard input, and replies on standard output after <see cref="ReplyMark"/>.
/// </summary>
internal static class BrowserDriver
{
    public const string ReplyMark = "@@reply ";

    /// <summary>
    /// Without the background-networking flags Chromium keeps calling Google's hosts; the renderer limit makes
    /// hundreds of tabs share a few renderer processes instead of one each (2 cores, shared memory).
    /// </summary>
    public static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--renderer-process-limit=4", "--disable-extensions", "--mute-audio",
    ];

    public const int Contexts = 4;

    public static async Task<int> RunAsync(string origin)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ChromiumArguments,
        });
        var contexts = new List<IBrowserContext>();
        for (var i = 0; i < Contexts; i++)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = origin,
                Locale = "fr-FR",
                TimezoneId = "Europe/Paris",
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            });
            // A loaded 2-core machine opening hundreds of pages: the tests' 15 s is too short here.
            context.SetDefaultTimeout(90_000);
            contexts.Add(context);
        }
        var pages = new List<IPage>();
        using var api = new HttpClient { BaseAddress = new Uri(origin), Timeout = TimeSpan.FromMinutes(2) };
        var updates = new InteractiveUpdates(api);

        while (await Console.In.ReadLineAsync() is { } line)
        {
            var command = JsonSerializer.Deserialize<DriverCommand>(line, WebBench.CamelCase)!;
            object reply = command.Op switch
            {
                "open" => await OpenAsync(contexts, pages, command),
                "updates" => await updates.RunAsync(Sample(pages, command.Pages), command.Rounds, command.Texts),
                "quit" => new { },
                _ => throw new InvalidOperationException($"Unknown command {command.Op}"),
            };
            Console.WriteLine(ReplyMark + JsonSerializer.Serialize(reply, reply.GetType(), WebBench.CamelCase));
            if (command.Op == "quit") break;
        }
        foreach (var context in contexts) await context.CloseAsync();
        return 0;
    }

    private static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("PLATEFORME_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        return new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Chromium is not installed (apt-get install chromium) and PLATEFORME_CHROMIUM is not set.");
    }

    /// <summary>Opens one page per address, a few at a time, each waiting until its circuit has taken over the prerendered page.</summary>
    private static async Task<OpenReply> OpenAsync(List<IBrowserContext> contexts, List<IPage> pages, DriverCommand command)
    {
        var watch = Stopwatch.StartNew();
        var opened = new IPage?[command.Addresses.Count];
        var errors = new List<string>();
        using var gate = new SemaphoreSlim(Math.Max(1, command.Concurrency));
        var first = pages.Count;
        await Task.WhenAll(command.Addresses.Select(async (address, i) =>
        {
            await gate.WaitAsync();
            try
            {
                var page = await contexts[(first + i) % contexts.Count].NewPageAsync();
                try
                {
                    await page.GotoAsync("recherche" + address);
                    // What the end-to-end tests wait for: the layout says the circuit is interactive.
                    await page.Locator("main[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
                    opened[i] = page;
                }
                catch (Exception failure) when (failure is PlaywrightException or TimeoutException)
                {
                    lock (errors) errors.Add($"{address}: {failure.Message.Split('\n')[0]}");
                    await page.CloseAsync();
                }
            }
            finally
            {
                gate.Release();
            }
        }));
        var open = opened.OfType<IPage>().ToList();
        pages.AddRange(open);
        return new OpenReply(open.Count, command.Addresses.Count - open.Count, pages.Count, Math.Round(watch.Elapsed.TotalSeconds, 1),
            ProcessTree.ProportionalBytes(Environment.ProcessId), [.. errors.Take(5)]);
    }

    /// <summary>The given number of pages, evenly spread over the open ones.</summary>
    private static List<IPage> Sample(List<IPage> pages, int count)
    {
        var taken = Math.Clamp(count, 1, pages.Count);
        return [.. Enumerable.Range(0, taken).Select(i => pages[(int)((long)i * pages.Count / taken)])];
    }
}

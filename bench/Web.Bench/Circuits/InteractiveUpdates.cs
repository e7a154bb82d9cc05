using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;
using Microsoft.Playwright;

namespace Plateforme.Web.Bench.Circuits;

/// <summary>
/// Interactive updates of the results page, timed the way a person sees them: from the click on a filter (or the
/// typing of a new search) to the moment the page shows the results the search API gives for the new address —
/// the count and the first title, as the end-to-end tests check. A round on a page: a filter value ticked, the same
/// filter removed from its chip, a new text typed. The clock runs inside the page (an event listener
/// starts it, a mutation observer stops it), so Playwright's round trips are not counted. Each update is chosen so
/// that its results differ from those shown before, otherwise the end could not be seen.
/// </summary>
internal sealed partial class InteractiveUpdates(HttpClient api)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    // Installs the stopwatch before the action; window.__benchUpdate resolves with the milliseconds, or -1 after the patience.
    private const string Watch = """
        ([startEvent, total, title, patience]) => {
          const norm = s => (s || '').replace(/\s+/g, ' ').trim();
          window.__benchUpdate = new Promise(resolve => {
            let start = null;
            const shows = () => {
              const count = document.querySelector('[data-testid=result-count]');
              if (!count || count.getAttribute('data-total') !== String(total)) return false;
              if (title === null) return true;
              const first = document.querySelector('[data-testid=result-title]');
              return first !== null && norm(first.textContent) === title;
            };
            const observer = new MutationObserver(() => {
              if (start !== null && shows()) { observer.disconnect(); clearTimeout(timer); resolve(performance.now() - start); }
            });
            document.addEventListener(startEvent, () => { if (start === null) start = performance.now(); }, { capture: true, once: true });
            observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
            const timer = setTimeout(() => { observer.disconnect(); resolve(-1); }, patience);
          });
        }
        """;

    private const string Shown = """
        () => {
          const count = document.querySelector('[data-testid=result-count]');
          const first = document.querySelector('[data-testid=result-title]');
          return [count ? count.getAttribute('data-total') : '', first ? first.textContent.replace(/\s+/g, ' ').trim() : ''];
        }
        """;

    private int nextText;

    public async Task<UpdatesReply> RunAsync(IReadOnlyList<IPage> pages, int rounds, IReadOnlyList<string> texts)
    {
        var ticks = new List<double>();
        var searches = new List<double>();
        var errors = new List<string>();
        var failed = 0;
        var unmeasurable = 0;
        foreach (var page in pages)
        {
            // An update that never shows should fail in seconds, not after the patience given to opening pages.
            page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
            for (var round = 0; round < rounds; round++)
            {
                try
                {
                    var (chip, tickMs) = await TickAsync(page);
                    ticks.Add(tickMs);
                    ticks.Add(await UntickAsync(page, chip));
                    if (await SearchAsync(page, texts) is { } searchMs) searches.Add(searchMs);
                    else unmeasurable++;
                }
                catch (Exception failure) when (failure is PlaywrightException or InvalidOperationException or TimeoutException or HttpRequestException)
                {
                    failed++;
                    // The first lines of Playwright's call log say which step waited.
                    if (errors.Count < 5) errors.Add($"{page.Url}: {string.Join(" | ", failure.Message.Split('\n').Take(4).Select(l => l.Trim()))}");
                }
            }
        }
        return new UpdatesReply(ticks, searches, failed, unmeasurable, errors);
    }

    /// <summary>Ticks the first visible beneficiary, theme or status value that changes what is shown; returns its chip, which unticks it.</summary>
    private async Task<(ILocator Chip, double Ms)> TickAsync(IPage page)
    {
        // The facets the end-to-end tests tick: short lists, always in view (the territory list scrolls inside itself).
        var values = page.Locator(":is([data-testid=facet-beneficiary], [data-testid=facet-theme], [data-testid=facet-status]) a[data-testid=facet-value]:not(.is-selected)");
        var count = Math.Min(await values.CountAsync(), 20);
        var shown = await ShownAsync(page);
        for (var i = 0; i < count; i++)
        {
            var value = values.Nth(i);
            if (!await value.IsVisibleAsync()) continue;
            var expected = await TruthAsync(await value.GetAttributeAsync("href") ?? "");
            if (expected == shown) continue;
            // Unticked from its chip: a ticked value may leave its facet's visible list once chosen (territories).
            var data = await value.GetAttributeAsync("data-value");
            var chip = page.Locator($"a[data-testid=chip][data-value='{data}']");
            return (chip, await TimedAsync(page, "click", expected, () => value.ClickAsync()));
        }
        throw new InvalidOperationException("no visible filter value changes the results");
    }

    private async Task<double> UntickAsync(IPage page, ILocator chip)
    {
        var expected = await TruthAsync(await chip.GetAttributeAsync("href") ?? "");
        return await TimedAsync(page, "click", expected, () => chip.ClickAsync());
    }

    /// <summary>
    /// Types a new text in the search box and presses Enter; the clock starts at the first input event. Null when
    /// no text would change what is shown (narrow filters that every text leaves empty): nothing to time then.
    /// </summary>
    private async Task<double?> SearchAsync(IPage page, IReadOnlyList<string> texts)
    {
        var shown = await ShownAsync(page);
        for (var attempt = 0; attempt < texts.Count; attempt++)
        {
            var text = texts[nextText++ % texts.Count];
            var query = HttpUtility.ParseQueryString(new Uri(page.Url).Query);
            query["q"] = text;
            query.Remove("page");
            var expected = await TruthAsync("?" + query);
            if (expected == shown) continue;
            var box = page.Locator("[data-testid=search-input]");
            return await TimedAsync(page, "input", expected, async () =>
            {
                await box.FillAsync(text);
                await box.PressAsync("Enter");
            });
        }
        return null;
    }

    private static async Task<double> TimedAsync(IPage page, string startEvent, (string Total, string Title) expected, Func<Task> act)
    {
        await page.EvaluateAsync(Watch, new object?[] { startEvent, expected.Total, expected.Title.Length == 0 ? null : expected.Title, Patience.TotalMilliseconds });
        await act();
        var ms = await page.EvaluateAsync<double>("() => window.__benchUpdate");
        if (ms < 0) throw new TimeoutException($"the page did not show {expected.Total} results headed by « {expected.Title} » within {Patience.TotalSeconds} s");
        return Math.Round(ms, 2);
    }

    private static async Task<(string Total, string Title)> ShownAsync(IPage page)
    {
        var shown = await page.EvaluateAsync<string[]>(Shown);
        return (shown[0], shown[1]);
    }

    /// <summary>What the page must show for an address: the search API asked the same question.</summary>
    private async Task<(string Total, string Title)> TruthAsync(string address)
    {
        var query = address.Contains('?', StringComparison.Ordinal) ? address[address.IndexOf('?', StringComparison.Ordinal)..] : "";
        var json = await api.GetFromJsonAsync<JsonElement>(new Uri("api/calls" + query, UriKind.Relative));
        var hits = json.GetProperty("hits");
        var title = hits.GetArrayLength() > 0 ? Spaces().Replace(hits[0].GetProperty("title").GetString() ?? "", " ").Trim() : "";
        return (json.GetProperty("total").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), title);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

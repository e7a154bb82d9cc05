using System.Globalization;
using System.Web;
using Microsoft.Playwright;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>What a person looks at on the pages, read the way the browser shows it.</summary>
internal static class PageExtensions
{
    /// <summary>Opens a page and waits until the circuit has taken over the prerendered HTML.</summary>
    public static async Task OpenAsync(this IPage page, string address)
    {
        await page.GotoAsync(address);
        await page.WaitForInteractiveAsync();
    }

    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("main[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    public static async Task<int> TotalAsync(this IPage page) =>
        int.Parse((await page.Locator("[data-testid=result-count]").GetAttributeAsync("data-total"))!, CultureInfo.InvariantCulture);

    public static Task<IReadOnlyList<string>> TitlesAsync(this IPage page) =>
        page.Locator("[data-testid=result-title]").AllInnerTextsAsync();

    /// <summary>The value of one query parameter of the current address, or null.</summary>
    public static string? Parameter(this IPage page, string name) =>
        HttpUtility.ParseQueryString(new Uri(page.Url).Query)[name];

    /// <summary>
    /// Waits until the address satisfies a condition on its query. Polled rather than WaitForURL, which waits for a
    /// load event that the same-document steps of the interactive page (pushState, back) do not always fire.
    /// </summary>
    public static Task WaitForSearchAsync(this IPage page, Func<IPage, bool> condition) =>
        Eventually.ValueAsync(() => page.Url, _ => condition(page), "the address to match", Patience);

    /// <summary>The decoded query string of the current address.</summary>
    public static string Query(this IPage page) => Uri.UnescapeDataString(new Uri(page.Url).Query);

    /// <summary>Opens any page and, when it is an interactive one, waits for its circuit.</summary>
    public static async Task OpenSettledAsync(this IPage page, string address)
    {
        await page.GotoAsync(address);
        if (await page.Locator("script[src*='blazor.web']").CountAsync() > 0) await page.WaitForInteractiveAsync();
    }

    public static TimeSpan Patience { get; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The browser's back button. Playwright's GoBack waits for a load event that a same-document
    /// history step does not always fire; the callers wait for the address and results instead.
    /// </summary>
    public static Task BackAsync(this IPage page) => page.EvaluateAsync("() => history.back()");

    /// <summary>Ticks a facet value as a person would: through the facet's search box when the list is long, or "show more".</summary>
    public static async Task PickFacetValueAsync(this IPage page, string facet, string value, string label)
    {
        var search = page.Locator($"[data-testid=facet-search-{facet}]");
        if (await search.CountAsync() > 0) await search.FillAsync(label);
        var link = page.Locator($"[data-testid=facet-{facet}] [data-value='{value}']");
        if (!await link.IsVisibleAsync()) await page.Locator($"[data-testid=facet-{facet}] .facet__more > summary").ClickAsync();
        await link.ClickAsync();
    }

    public static Task<int> ScrollYAsync(this IPage page) => page.EvaluateAsync<int>("() => Math.round(window.scrollY)");

    /// <summary>Whether anything sticks out sideways: the page must fit from 360 px wide.</summary>
    public static Task<int> OverflowAsync(this IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
}

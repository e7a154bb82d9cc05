using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>The whole journey without a mouse, with the focus visible at every step.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserSession session)
{
    private const string FocusedIsVisible = """
        () => {
            const el = document.activeElement;
            if (!el || el === document.body) return false;
            const style = getComputedStyle(el);
            return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        }
        """;

    [Fact]
    public Task Search_and_filter_by_keyboard_alone() => session.RunAsync(nameof(Search_and_filter_by_keyboard_alone), async page =>
    {
        await page.OpenAsync("/");

        await Expect(page.Locator("h1")).ToBeFocusedAsync();
        await TabUntilAsync(page, ".skip-link", backwards: true);
        Assert.True(await page.EvaluateAsync<bool>(FocusedIsVisible), "the skip link shows where the focus is");
        await Expect(page.Locator(".skip-link")).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();
        await TabUntilAsync(page, "[data-testid=search-input]");
        await page.Keyboard.TypeAsync("insertion");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSearchAsync(p => p.Parameter("q") == "insertion");
        await page.WaitForInteractiveAsync();

        await TabUntilAsync(page, "[data-testid=facet-value]");
        Assert.True(await page.EvaluateAsync<bool>(FocusedIsVisible), "a focused filter shows where the focus is");
        var chosen = await page.EvaluateAsync<string>("() => document.activeElement.dataset.value");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSearchAsync(p => p.Query().Contains(chosen, StringComparison.Ordinal));
        await ApiTruth.WaitForRenderedAsync(session, page);
        await Expect(page.Locator($"[data-testid=chip][data-value='{chosen}']")).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-testid=facet-value][data-value='{chosen}']")).ToBeFocusedAsync();

        await TabUntilAsync(page, "[data-testid=pager-next]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSearchAsync(p => p.Parameter("page") == "2");
        await Expect(page.Locator("h1")).ToBeFocusedAsync();
    });

    private static async Task TabUntilAsync(IPage page, string selector, bool backwards = false)
    {
        for (var presses = 0; presses < 200; presses++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector)) return;
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }
        throw new InvalidOperationException($"{selector} was not reached within 200 presses of Tab");
    }
}

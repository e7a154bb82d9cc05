using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>On a 375 px phone: a one-line header, and after choosing a filter one tap back to the results.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneFilterPanelTests(BrowserSession session)
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 740 };

    [Fact]
    public Task After_choosing_a_filter_on_a_phone_one_button_closes_the_panel_and_shows_the_results() =>
        session.RunAsync(nameof(After_choosing_a_filter_on_a_phone_one_button_closes_the_panel_and_shows_the_results), async page =>
        {
            await page.OpenAsync("/recherche?q=insertion");
            await page.WaitForInteractiveAsync();
            var header = await page.Locator(".site-header").BoundingBoxAsync();
            Assert.True(header!.Height < 72, $"the header takes {header.Height} px: more than one line");

            await page.Locator("[data-testid=toggle-filters]").ClickAsync();
            await page.Locator("[data-testid=facet-beneficiary] [data-value=association]").ClickAsync();
            await page.WaitForSearchAsync(p => p.Parameter("beneficiary") == "association");
            // The address changes before the results are drawn: wait until the page shows what the API answers.
            var (total, _) = await ApiTruth.WaitForRenderedAsync(session, page);
            var show = page.Locator("[data-testid=show-results]");
            await Expect(show).ToHaveTextAsync($"Voir les {total.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"))} appels");
            await Expect(show).ToBeInViewportAsync();

            await show.ClickAsync();

            await Expect(page.Locator("#filtres")).ToBeHiddenAsync();
            await Expect(page.Locator("[data-testid=result-count]")).ToBeFocusedAsync();
            await Expect(page.Locator("[data-testid=result-count]")).ToBeInViewportAsync();
            // Focus moved by script for screen readers draws no box (the blue box around the <h1> of issue 17).
            Assert.Equal("none", await page.Locator("[data-testid=result-count]").EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
            await page.Locator("h1").EvaluateAsync("e => { e.setAttribute('tabindex', '-1'); e.focus(); }");
            Assert.Equal("none", await page.Locator("h1").EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        }, Phone);
}

using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class TerritoryPreferenceTests(BrowserSession session)
{
    [Fact]
    public Task A_territory_picked_with_the_autocomplete_is_applied_after_a_reload() =>
        session.RunAsync(nameof(A_territory_picked_with_the_autocomplete_is_applied_after_a_reload), async page =>
        {
            await page.OpenAsync("/mon-territoire");
            await page.Locator("#territoire").PressSequentiallyAsync("Somm", new() { Delay = 40 });
            var somme = page.Locator("[role=option]", new() { HasText = "Somme" }).First;
            await somme.ClickAsync();
            await page.Locator("[data-testid=beneficiary-select]").SelectOptionAsync("association");
            await page.Locator("[data-testid=save-preference]").ClickAsync();
            await Expect(page.Locator("[data-testid=preference-saved]")).ToBeVisibleAsync();

            await page.ReloadAsync();
            await Expect(page.Locator("[data-testid=current-preference]")).ToContainTextAsync("Somme");
            await Expect(page.Locator("[data-testid=current-preference]")).ToContainTextAsync("Association");

            await page.OpenAsync("/");
            await Expect(page.Locator("[data-testid=home-preference]")).ToContainTextAsync("Somme");
            await page.Locator("[data-testid=search-input]").FillAsync("insertion");
            await page.Locator("[data-testid=search-input]").PressAsync("Enter");
            await page.WaitForSearchAsync(p => p.Parameter("territory") == "dep:80" && p.Parameter("beneficiary") == "association");
            await Expect(page.Locator(".chip--preference")).ToHaveCountAsync(2);

            await page.ReloadAsync();
            await page.WaitForInteractiveAsync();
            await Expect(page.Locator(".chip--preference")).ToHaveCountAsync(2);
            var truth = await ApiTruth.SearchAsync(session, page.Url);
            Assert.Equal(truth.Titles, await page.TitlesAsync());
        });
}

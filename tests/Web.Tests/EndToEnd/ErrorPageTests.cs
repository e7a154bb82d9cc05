using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class ErrorPageTests(BrowserSession session)
{
    [Fact]
    public Task An_unknown_call_shows_a_French_not_found_page() => session.RunAsync(nameof(An_unknown_call_shows_a_French_not_found_page), async page =>
    {
        var response = await page.GotoAsync("/appels/cet-appel-n-existe-pas");

        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("[data-testid=not-found]")).ToBeVisibleAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("introuvable");
    });

    [Fact]
    public Task A_broken_address_keeps_what_it_can_and_says_what_it_ignored() => session.RunAsync(nameof(A_broken_address_keeps_what_it_can_and_says_what_it_ignored), async page =>
    {
        await page.OpenAsync("/recherche?q=insertion&status=bientot&page=zero&beneficiary=association");

        await Expect(page.Locator("[data-testid=query-notice]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=chip][data-value=association]")).ToBeVisibleAsync();
        var truth = await ApiTruth.SearchAsync(session, new Uri(session.BaseAddress, "/recherche?q=insertion&beneficiary=association").ToString());
        Assert.Equal(truth.Titles, await page.TitlesAsync());
    });
}

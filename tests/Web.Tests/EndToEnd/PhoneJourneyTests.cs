using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>The journey the issue ends on, on a 360 px wide phone: find, open, add to the calendar.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneJourneyTests(BrowserSession session)
{
    private static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    [Fact]
    public Task On_a_phone_an_association_finds_open_youth_employment_calls_in_the_Somme_and_keeps_the_deadline() =>
        session.RunAsync(nameof(On_a_phone_an_association_finds_open_youth_employment_calls_in_the_Somme_and_keeps_the_deadline), async page =>
        {
            await page.OpenAsync("/");
            Assert.Equal(0, await page.OverflowAsync());
            await page.Locator("[data-testid=search-input]").FillAsync("emploi des jeunes");
            await page.Locator("[data-testid=search-submit]").ClickAsync();
            await page.WaitForSearchAsync(p => p.Parameter("q") == "emploi des jeunes");
            await page.WaitForInteractiveAsync();

            await page.Locator("[data-testid=toggle-filters]").ClickAsync();
            await page.Locator("[data-testid=facet-beneficiary] [data-value=association]").ClickAsync();
            await page.WaitForSearchAsync(p => p.Parameter("beneficiary") == "association");
            await page.Locator("[data-testid=facet-status] [data-value=ouvert]").ClickAsync();
            await page.WaitForSearchAsync(p => p.Parameter("status") == "ouvert");
            await ApiTruth.WaitForRenderedAsync(session, page);
            await page.PickFacetValueAsync("territory", "dep:80", "Somme");
            await page.WaitForSearchAsync(p => p.Parameter("territory") == "dep:80");

            var truth = await ApiTruth.WaitForRenderedAsync(session, page);
            Assert.True(truth.Total > 0, "the demo catalogue holds open youth employment calls for associations in the Somme");
            Assert.Equal(truth.Titles, await page.TitlesAsync());
            await Expect(page.Locator("[data-testid=chip]")).ToHaveCountAsync(3);
            Assert.Equal(0, await page.OverflowAsync());

            await page.Locator("[data-testid=result-title]").First.ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/appels/", StringComparison.Ordinal));
            await Expect(page.Locator("h1")).ToHaveTextAsync(truth.Titles[0]);
            Assert.Equal(0, await page.OverflowAsync());
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=add-to-calendar]").ClickAsync());
            var ics = await File.ReadAllTextAsync((await download.PathAsync())!);
            Assert.Contains("BEGIN:VEVENT", ics, StringComparison.Ordinal);
            Assert.Contains("BEGIN:VALARM", ics, StringComparison.Ordinal);
        }, Phone);

    [Theory]
    [InlineData("/")]
    [InlineData("/recherche?q=insertion&theme=emploi-insertion")]
    [InlineData("/mon-territoire")]
    [InlineData("/sources")]
    [InlineData("/embed?territory=dep:80")]
    public Task Pages_fit_a_360_px_screen_without_sideways_scrolling(string address) =>
        session.RunAsync(nameof(Pages_fit_a_360_px_screen_without_sideways_scrolling), async page =>
        {
            await page.OpenSettledAsync(address);
            Assert.Equal(0, await page.OverflowAsync());
        }, Phone);

    [Fact]
    public Task A_call_page_and_a_funder_page_fit_a_360_px_screen() =>
        session.RunAsync(nameof(A_call_page_and_a_funder_page_fit_a_360_px_screen), async page =>
        {
            await page.OpenAsync("/recherche?sort=deadline&status=ouvert");
            await page.Locator("[data-testid=result-title]").First.ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/appels/", StringComparison.Ordinal));
            Assert.Equal(0, await page.OverflowAsync());

            await page.Locator("[data-testid=call-funder]").First.ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/financeurs/", StringComparison.Ordinal));
            await Expect(page.Locator("[data-testid=funder-detail]")).ToBeVisibleAsync();
            Assert.Equal(0, await page.OverflowAsync());
        }, Phone);
}

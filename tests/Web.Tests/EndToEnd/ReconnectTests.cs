using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class ReconnectTests(BrowserSession session)
{
    [Fact]
    public async Task A_dropped_connection_reconnects_and_the_search_carries_on()
    {
        await using var relay = new TcpRelay(session.BaseAddress);
        await session.RunAsync(nameof(A_dropped_connection_reconnects_and_the_search_carries_on), async page =>
        {
            await page.OpenAsync("/recherche?q=jeunes&beneficiary=association");
            var before = await page.TitlesAsync();

            relay.CutConnections();
            await Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync();
            await Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync(new() { Timeout = 30_000 });

            Assert.Equal("jeunes", page.Parameter("q"));
            Assert.Equal(before, await page.TitlesAsync());
            await page.Locator("[data-testid=facet-status] [data-value=ouvert]").ClickAsync();
            await page.WaitForSearchAsync(p => p.Parameter("status") == "ouvert");
            var truth = await ApiTruth.WaitForRenderedAsync(session, page);
            Assert.Equal(truth.Titles, await page.TitlesAsync());
            await Expect(page.Locator("[data-testid=search-input]")).ToHaveValueAsync("jeunes");
        }, through: relay.Address);
    }
}

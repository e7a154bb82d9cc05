using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class PublicFilterJourneyTests(BrowserSession session)
{
    [Fact]
    public Task Tick_a_public_and_a_kind_of_spending_read_their_chips_then_remove_them() => session.RunAsync(nameof(Tick_a_public_and_a_kind_of_spending_read_their_chips_then_remove_them), async page =>
    {
        await page.OpenAsync("/recherche");
        await page.WaitForInteractiveAsync();

        await page.Locator("[data-testid=facet-public] [data-value=jeunes]").ClickAsync();
        await page.WaitForSearchAsync(p => p.Parameter("public") == "jeunes");
        var chip = page.Locator("[data-testid=chip][data-parameter=public]");
        await Expect(chip).ToContainTextAsync("Public visé : Jeunes");
        var (total, titles) = await ApiTruth.SearchAsync(session, page.Url);
        await Expect(page.Locator("[data-testid=result-count]")).ToHaveAttributeAsync("data-total", total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(titles, await page.TitlesAsync());
        await Expect(page.Locator("[data-testid=unstated-note]")).ToContainTextAsync("public non précisé");

        await page.Locator("[data-testid=facet-destination] [data-value=fonctionnement]").ClickAsync();
        await page.WaitForSearchAsync(p => p.Parameter("destination") == "fonctionnement" && p.Parameter("public") == "jeunes");
        await Expect(page.Locator("[data-testid=chip][data-parameter=destination]")).ToContainTextAsync("Type de dépenses : Fonctionnement");

        await chip.ClickAsync();
        await page.WaitForSearchAsync(p => p.Parameter("public") is null);
        await Expect(page.Locator("[data-testid=chip]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=unstated-note]")).ToHaveCountAsync(0);
    });
}

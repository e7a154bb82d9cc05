using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>
/// The highlight of a suggestion is drawn by the circuit, a round trip after the arrow key. A person who presses
/// the arrow then Enter faster than that round trip (a slow connection, a quick hand) means « this one », not « send
/// the form ».
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class QuickPickTests(BrowserSession session)
{
    [Fact]
    public Task Enter_pressed_before_the_highlight_is_drawn_picks_the_suggestion_and_does_not_send_the_form() =>
        session.RunAsync(nameof(Enter_pressed_before_the_highlight_is_drawn_picks_the_suggestion_and_does_not_send_the_form), async page =>
        {
            var circuit = await SlowCircuit.RouteAsync(page);

            await page.OpenAsync("/mon-territoire");
            var box = page.Locator("#territoire");
            await box.FillAsync("Villers-Bocage");
            var options = page.Locator("#territoire-liste [role=option]");
            await Expect(options).ToHaveCountAsync(2);
            var first = (await options.First.Locator(".combo__option-label").InnerTextAsync()).Trim();

            circuit.Slow = true;
            var sent = 0;
            page.Request += (_, request) => { if (request.Method == "POST" && request.IsNavigationRequest) sent++; };
            await box.PressAsync("ArrowDown");
            await box.PressAsync("Enter");
            Assert.Null(await box.GetAttributeAsync("aria-activedescendant"));

            await Expect(box).ToHaveValueAsync(first);
            await Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
            Assert.Equal(0, sent);
            Assert.EndsWith("/mon-territoire", page.Url, StringComparison.Ordinal);
        });
}

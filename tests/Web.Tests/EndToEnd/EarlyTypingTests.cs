using static Microsoft.Playwright.Assertions;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>
/// A page comes from the server first and turns interactive a moment later, when its circuit starts; a quick person
/// (or a slow connection) types in between. What they typed into a suggestion box must survive that moment.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EarlyTypingTests(BrowserSession session)
{
    [Fact]
    public Task What_is_typed_into_a_suggestion_box_before_the_page_is_interactive_is_kept() =>
        session.RunAsync(nameof(What_is_typed_into_a_suggestion_box_before_the_page_is_interactive_is_kept), async page =>
        {
            // The circuit waits until the person has typed: the moment a slow start would give them.
            var typed = new TaskCompletionSource();
            await page.RouteAsync("**/_blazor/negotiate**", async route =>
            {
                await typed.Task;
                await route.ContinueAsync();
            });

            await page.GotoAsync("/mon-territoire");
            await page.Locator("#territoire").FillAsync("Amiens");
            typed.SetResult();
            await page.WaitForInteractiveAsync();

            await Expect(page.Locator("#territoire")).ToHaveValueAsync("Amiens");
            // The live box knows the text: typing on offers the communes that start with it.
            await page.Locator("#territoire").PressSequentiallyAsync(" ");
            await Expect(page.Locator("[role=option]", new() { HasText = "Amiens" }).First).ToBeVisibleAsync();
        });
}

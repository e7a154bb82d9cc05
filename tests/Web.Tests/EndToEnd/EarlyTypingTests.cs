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
            // The circuit waits until the person has typed: the moment a slow start would give them. Then its
            // connection is slow, so the circuit's own answers come late.
            var circuit = await SlowCircuit.RouteAsync(page);
            var typed = new TaskCompletionSource();
            await page.RouteAsync("**/_blazor/negotiate**", async route =>
            {
                await typed.Task;
                await route.ContinueAsync();
            });

            await page.GotoAsync("/mon-territoire");
            var box = page.Locator("#territoire");
            await box.FillAsync("Amiens");
            // What the box holds one turn after the live box replaces it, the soonest a click could send the form.
            await box.EvaluateAsync("""
                drawn => {
                    window.valueWhenReplaced = new Promise(resolve => {
                        const watch = new MutationObserver(() => {
                            const live = document.getElementById(drawn.id);
                            if (live && live !== drawn) { watch.disconnect(); setTimeout(() => resolve(live.value)); }
                        });
                        watch.observe(document.body, { childList: true, subtree: true });
                    });
                }
                """);
            circuit.Slow = true;
            typed.SetResult();
            Assert.Equal("Amiens", await page.EvaluateAsync<string>("() => window.valueWhenReplaced"));

            await page.WaitForInteractiveAsync();
            circuit.Slow = false;
            await Expect(box).ToHaveValueAsync("Amiens");
            // The live box knows the text: typing on offers the communes that start with it.
            await box.PressSequentiallyAsync(" ");
            await Expect(page.Locator("[role=option]", new() { HasText = "Amiens" }).First).ToBeVisibleAsync();
        });
}

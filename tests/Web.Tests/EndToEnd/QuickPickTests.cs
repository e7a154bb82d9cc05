using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.Playwright;
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
    private static readonly TimeSpan Lag = TimeSpan.FromMilliseconds(400);

    [Fact]
    public Task Enter_pressed_before_the_highlight_is_drawn_picks_the_suggestion_and_does_not_send_the_form() =>
        session.RunAsync(nameof(Enter_pressed_before_the_highlight_is_drawn_picks_the_suggestion_and_does_not_send_the_form), async page =>
        {
            var lagging = false;
            await page.RouteWebSocketAsync(new Regex("/_blazor\\?id="), ws =>
            {
                var server = ws.ConnectToServer();
                // Every message of the page reaches the circuit in order, late once the lag is on.
                var toServer = Channel.CreateUnbounded<IWebSocketFrame>();
                ws.OnMessage(frame => toServer.Writer.TryWrite(frame));
                _ = Task.Run(async () =>
                {
                    await foreach (var frame in toServer.Reader.ReadAllAsync())
                    {
                        if (Volatile.Read(ref lagging)) await Task.Delay(Lag);
                        if (frame.Binary is { } bytes) server.Send(bytes); else server.Send(frame.Text ?? "");
                    }
                });
            });

            await page.OpenAsync("/mon-territoire");
            var box = page.Locator("#territoire");
            await box.FillAsync("Villers-Bocage");
            var options = page.Locator("#territoire-liste [role=option]");
            await Expect(options).ToHaveCountAsync(2);
            var first = (await options.First.Locator(".combo__option-label").InnerTextAsync()).Trim();

            Volatile.Write(ref lagging, true);
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

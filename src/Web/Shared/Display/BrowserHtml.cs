using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Plateforme.Web.Shared.Display;

/// <summary>
/// Hands blocks of finished HTML (result cards, facet values) to the browser instead of keeping them in the circuit.
/// A circuit keeps every string its components render for as long as the page is open, to compare the next render
/// with: for blocks that are only ever replaced whole, the browser can keep them instead. An idle results page held
/// about 110 KB of such text per visitor (bench/README.md, « Blazor Server capacity »).
/// <para>
/// The block is sent to the browser before the render that names it (both travel in order on the circuit's
/// connection), so the element is filled in the same update as the rest of the page. Without a circuit (the page as
/// first served, or read without script) the HTML is written in place.
/// </para>
/// </summary>
public sealed class BrowserHtml(IJSRuntime js, ILogger<BrowserHtml> logger)
{
    public HeldHtml Hand(string html, bool interactive)
    {
        // Every results page served without a circuit comes here: it needs no name, so it pays for no hash.
        if (!interactive) return new HeldHtml(null, new MarkupString(html));
        var bytes = Encoding.UTF8.GetBytes(html);
        var key = Convert.ToHexStringLower(SHA256.HashData(bytes), 0, 16);
        _ = ObserveAsync(key, js.InvokeVoidAsync("plateformeHeldHtml.stage", key, bytes));
        return new HeldHtml(key, null);
    }

    // Not awaited by the render: the message leaves now, ahead of the render batch, and waiting for the browser's
    // answer would only add a round trip before the page updates. A byte array travels as binary, not as escaped
    // JSON text, and is not held here while the answer is awaited.
    private async Task ObserveAsync(string key, ValueTask sent)
    {
        try
        {
            await sent;
        }
        catch (JSDisconnectedException)
        {
            // The page is gone; so is the element that would have shown the block.
        }
        catch (OperationCanceledException)
        {
            // The circuit is closing.
        }
        catch (JSException exception)
        {
            // The page's element then stays as it was and reloads the page after a while (lib.module.js).
            logger.LogWarning(exception, "The browser did not take an HTML block ({Key})", key);
        }
    }
}

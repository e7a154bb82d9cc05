using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Plateforme.Web.Shared.Display;

/// <summary>
/// A block of HTML as a page draws it (<see cref="BrowserHtml"/>): named by its content, with the HTML itself only when
/// the page is not interactive. Once interactive, the browser holds the HTML and the page keeps the name.
/// </summary>
public readonly record struct HeldHtml(string Key, MarkupString? Inline)
{
    /// <summary>The <c>pf-html</c> element the browser fills (wwwroot/Plateforme.Web.lib.module.js).</summary>
    public RenderFragment Element
    {
        get
        {
            var html = this;
            return builder => Build(builder, html);
        }
    }

    private static void Build(RenderTreeBuilder builder, HeldHtml html)
    {
        builder.OpenElement(0, "pf-html");
        builder.AddAttribute(1, "data-key", html.Key);
        if (html.Inline is { } inline)
        {
            builder.AddMarkupContent(2, inline.Value);
        }
        else
        {
            builder.AddAttribute(3, "data-held", true);
        }

        builder.CloseElement();
    }
}

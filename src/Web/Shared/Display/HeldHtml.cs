using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Plateforme.Web.Shared.Display;

/// <summary>
/// A block of HTML as a page draws it (<see cref="BrowserHtml"/>): the HTML itself when the page is not interactive;
/// once interactive, the browser holds the HTML and the page keeps only its name, a hash of its content.
/// </summary>
public readonly record struct HeldHtml(string? Key, MarkupString? Inline)
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
        if (html.Inline is { } inline)
        {
            builder.AddMarkupContent(1, inline.Value);
        }
        else
        {
            builder.AddAttribute(2, "data-key", html.Key);
            builder.AddAttribute(3, "data-held", true);
        }

        builder.CloseElement();
    }
}

using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Bunit;

namespace Plateforme.Web.Tests.Components;

/// <summary>
/// What the browser shows of a rendered component whose blocks of HTML it holds (BrowserHtml): each
/// <c>pf-html[data-held]</c> filled with the last block sent under its key, as wwwroot/Plateforme.Web.lib.module.js does.
/// </summary>
internal static class BrowserView
{
    public static IElement Of(string markup, BunitJSInterop js)
    {
        var sent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stage in js.Invocations["plateformeHeldHtml.stage"])
        {
            sent[(string)stage.Arguments[0]!] = Encoding.UTF8.GetString((byte[])stage.Arguments[1]!);
        }

        var page = new HtmlParser().ParseDocument("<body>" + markup + "</body>");
        foreach (var element in page.QuerySelectorAll("pf-html[data-held]"))
        {
            var key = element.GetAttribute("data-key") ?? "";
            Assert.True(sent.TryGetValue(key, out var html), $"The page names a block the browser was never sent ({key}).");
            element.InnerHtml = html;
        }

        return page.Body!;
    }
}

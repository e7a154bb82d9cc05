using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Plateforme.Web.Tests.Pages;

/// <summary>Fetches pages as a browser's first request would, and parses the prerendered HTML.</summary>
public static class PageClient
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(int Status, IHtmlDocument Html, HttpResponseMessage Response)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, await Parser.ParseDocumentAsync(text), response);
    }

    public static async Task<IHtmlDocument> GetOkPageAsync(this HttpClient client, string url)
    {
        var (status, html, _) = await client.GetPageAsync(url);
        Assert.True(status == 200, $"{url} answered {status}");
        return html;
    }

    public static int Total(this IHtmlDocument html) =>
        int.Parse(html.QuerySelector("[data-testid=result-count]")!.GetAttribute("data-total")!, System.Globalization.CultureInfo.InvariantCulture);
}

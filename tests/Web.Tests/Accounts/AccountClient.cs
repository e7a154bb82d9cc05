using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Plateforme.Web.Tests.Accounts;

/// <summary>
/// A visitor without JavaScript: opens a page, fills its form (keeping the hidden antiforgery and handler
/// fields the page rendered) and posts it, as a browser would.
/// </summary>
public sealed class AccountClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task<Page> GetAsync(string url)
    {
        using var response = await http.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        return await Page.ReadAsync(response);
    }

    /// <summary>Opens <paramref name="url"/>, fills the form found by <paramref name="formTestId"/> and submits it.</summary>
    public async Task<Page> SubmitAsync(string url, string formTestId, IReadOnlyDictionary<string, string> fields)
    {
        var page = await GetAsync(url);
        Assert.True(page.Status == HttpStatusCode.OK, $"{url} answered {page.Status}");
        var form = page.Html.QuerySelector($"form[data-testid={formTestId}]") as IHtmlFormElement
            ?? throw new Xunit.Sdk.XunitException($"No form {formTestId} on {url}");
        var values = form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value, StringComparer.Ordinal);
        foreach (var (name, value) in fields) values[name] = value;
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await PostAsync(action, values);
    }

    public async Task<Page> PostAsync(string url, IReadOnlyDictionary<string, string> values)
    {
        using var content = new FormUrlEncodedContent(values);
        using var response = await http.PostAsync(new Uri(url, UriKind.RelativeOrAbsolute), content);
        return await Page.ReadAsync(response);
    }

    /// <summary>
    /// Posts to a JSON endpoint with the antiforgery token in the <c>RequestVerificationToken</c> header, read from
    /// the form of <paramref name="tokenPage"/> (any page that renders one for this visitor).
    /// </summary>
    public async Task<HttpResponseMessage> PostWithTokenAsync(string url, string tokenPage)
    {
        var page = await GetAsync(tokenPage);
        var token = page.Html.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new Xunit.Sdk.XunitException($"No antiforgery token on {tokenPage}");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.RelativeOrAbsolute));
        request.Headers.Add("RequestVerificationToken", token);
        return await http.SendAsync(request);
    }

    /// <summary>Signs in through the form and checks the redirect a successful sign-in answers.</summary>
    public async Task SignInAsync(string email, string password)
    {
        var page = await SubmitAsync("/compte/connexion", "sign-in-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.True(page.Status == HttpStatusCode.Redirect, $"Sign-in answered {page.Status}: {page.Message}");
    }

    public void Dispose() => http.Dispose();

    /// <summary>A response with its parsed HTML.</summary>
    public sealed record Page(HttpStatusCode Status, IHtmlDocument Html, string Text, Uri? Location, string? ContentType)
    {
        /// <summary>Where a redirect goes, as a local path and query.</summary>
        public string? Redirect => Location is null ? null : Location.IsAbsoluteUri ? Location.PathAndQuery : Location.OriginalString;

        /// <summary>The page's server message (success, failure, info), if any.</summary>
        public string? Message => Html.QuerySelector("[data-testid=form-message]")?.TextContent.Trim();

        public static async Task<Page> ReadAsync(HttpResponseMessage response)
        {
            var text = await response.Content.ReadAsStringAsync();
            return new Page(response.StatusCode, await Parser.ParseDocumentAsync(text), text, response.Headers.Location,
                response.Content.Headers.ContentType?.MediaType);
        }
    }
}

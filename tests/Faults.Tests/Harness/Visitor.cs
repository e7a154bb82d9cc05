using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Plateforme.Faults.Tests.Harness;

/// <summary>
/// A person's browser without JavaScript: its own cookies, opens a page, fills a form (keeping the hidden
/// antiforgery and handler fields the page rendered) and posts it.
/// </summary>
public sealed class Visitor : IDisposable
{
    public const string Password = "un-mot-de-passe-fautes-1";

    private static readonly HtmlParser Parser = new();
    private readonly HttpClient http;

    public Visitor(Uri address)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        Address = address;
    }

    public Uri Address { get; }

    public async Task<(HttpStatusCode Status, IHtmlDocument Html)> GetAsync(string url)
    {
        using var response = await http.GetAsync(new Uri(url, UriKind.Relative)).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return (response.StatusCode, await Parser.ParseDocumentAsync(text).ConfigureAwait(false));
    }

    public async Task<(HttpStatusCode Status, IHtmlDocument Html)> SubmitAsync(string url, string formTestId, IReadOnlyDictionary<string, string> fields)
    {
        var (status, page) = await GetAsync(url).ConfigureAwait(false);
        var form = page.QuerySelector($"form[data-testid={formTestId}]") as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form {formTestId} on {url} ({status}).");
        var values = form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value, StringComparer.Ordinal);
        foreach (var (name, value) in fields) values[name] = value;
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        using var content = new FormUrlEncodedContent(values);
        using var response = await http.PostAsync(new Uri(action, UriKind.RelativeOrAbsolute), content).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return (response.StatusCode, await Parser.ParseDocumentAsync(text).ConfigureAwait(false));
    }

    /// <summary>Posts to an API endpoint with the antiforgery token a page of the site rendered (as the admin pages' scripts do).</summary>
    public async Task<HttpStatusCode> PostWithTokenAsync(string url, string tokenPage)
    {
        var (_, page) = await GetAsync(tokenPage).ConfigureAwait(false);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {tokenPage}.");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative));
        request.Headers.Add("RequestVerificationToken", token);
        using var response = await http.SendAsync(request).ConfigureAwait(false);
        return response.StatusCode;
    }

    public async Task<string> GetTextAsync(string url)
    {
        using var response = await http.GetAsync(new Uri(url, UriKind.Relative)).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
    }

    public async Task SignUpAsync(string email, string displayName) =>
        await SubmitAsync("/compte/inscription", "sign-up-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = displayName,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        }).ConfigureAwait(false);

    public async Task ConfirmAsync(string link) =>
        await SubmitAsync(link, "confirm-email-form", new Dictionary<string, string>()).ConfigureAwait(false);

    public async Task SignInAsync(string email, string password)
    {
        var (status, _) = await SubmitAsync("/compte/connexion", "sign-in-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }).ConfigureAwait(false);
        if (status != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in of {email} answered {status}.");
    }

    public void Dispose() => http.Dispose();
}

using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Plateforme.Faults.Tests.Cluster;

/// <summary>
/// One person's browser (no JavaScript) whose requests the test sends to a node of its choosing: its cookies are
/// shared by every address (cookies ignore the port), as if the proxy had moved the person to another node.
/// </summary>
public sealed class ClusterBrowser : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly CookieContainer cookies = new();
    private readonly Dictionary<Uri, HttpClient> clients = [];

    public async Task<(HttpStatusCode Status, IHtmlDocument Html, HttpResponseMessage Response)> GetAsync(Uri node, string url)
    {
        var response = await Client(node).GetAsync(new Uri(url, UriKind.Relative)).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return (response.StatusCode, await Parser.ParseDocumentAsync(text).ConfigureAwait(false), response);
    }

    /// <summary>Opens the form on <paramref name="formNode"/> and posts it, with its hidden fields (antiforgery included), to <paramref name="postNode"/>.</summary>
    public async Task<HttpStatusCode> SubmitAsync(Uri formNode, Uri postNode, string url, string formTestId, IReadOnlyDictionary<string, string> fields)
    {
        var (status, page, _) = await GetAsync(formNode, url).ConfigureAwait(false);
        var form = page.QuerySelector($"form[data-testid={formTestId}]") as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form {formTestId} on {url} ({status}).");
        var values = form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value, StringComparer.Ordinal);
        foreach (var (name, value) in fields) values[name] = value;
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        using var content = new FormUrlEncodedContent(values);
        using var response = await Client(postNode).PostAsync(new Uri(action, UriKind.Relative), content).ConfigureAwait(false);
        return response.StatusCode;
    }

    public void Dispose()
    {
        foreach (var client in clients.Values) client.Dispose();
    }

    private HttpClient Client(Uri node)
    {
        if (clients.TryGetValue(node, out var client)) return client;
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies };
        client = new HttpClient(handler) { BaseAddress = node, Timeout = TimeSpan.FromSeconds(30) };
        clients[node] = client;
        return client;
    }
}

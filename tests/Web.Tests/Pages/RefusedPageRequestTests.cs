using AngleSharp.Html.Parser;

namespace Plateforme.Web.Tests.Pages;

/// <summary>
/// A page request the site refuses (a method a page does not take, a form without its antiforgery token) gets the
/// French page that says what happened, with the refusal's status, never an empty body or an English sentence.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RefusedPageRequestTests(PlateformeApp app)
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("PUT", "/")]
    [InlineData("DELETE", "/recherche")]
    [InlineData("PATCH", "/prets")]
    public async Task A_method_a_page_does_not_take_gets_the_French_page_with_a_405(string method, string path)
    {
        var (status, title, body) = await SendAsync(method, path, content: null);

        Assert.Equal(405, status);
        Assert.Equal("Action impossible à cette adresse", title);
        Assert.Contains("Rien n'a été modifié", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/recherche")]
    [InlineData("/alertes/nouvelle")]
    [InlineData("/compte/connexion")]
    public async Task A_form_posted_without_its_token_gets_the_French_page_with_a_400(string path)
    {
        using var form = new FormUrlEncodedContent([new("texte", "valeur")]);

        var (status, title, body) = await SendAsync("POST", path, form);

        Assert.Equal(400, status);
        Assert.Equal("Demande non comprise", title);
        Assert.Contains("rechargez-la", body, StringComparison.Ordinal);
        Assert.DoesNotContain("antiforgery", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_API_keeps_its_problem_response_for_a_method_it_does_not_take()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/calls", UriKind.Relative));
        using var response = await client.SendAsync(request);

        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<(int Status, string? Title, string Body)> SendAsync(string method, string path, HttpContent? content)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = content };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var html = await Parser.ParseDocumentAsync(text);
        return ((int)response.StatusCode, html.QuerySelector("[data-testid=not-found] h1")?.TextContent.Trim(), html.Body?.TextContent ?? text);
    }
}

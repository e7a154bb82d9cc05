using System.Net;
using System.Text.Json;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Crawler;

/// <summary>The crawler's admin pages and API refuse anonymous visitors and members who are not administrators.</summary>
[Collection(CrawlerAdminCollection.Name)]
public sealed class SourcesAdminRouteTests(CrawlerAdminApp crawler)
{
    [Theory]
    [InlineData("/admin/sources")]
    [InlineData("/admin/sources/ville-amiens")]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page(string path)
    {
        using var visitor = crawler.Accounts.NewVisitor();

        var page = await visitor.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/compte/connexion?retour=" + Uri.EscapeDataString(path), page.Redirect);
    }

    [Theory]
    [InlineData("/admin/sources")]
    [InlineData("/admin/sources/ville-amiens")]
    public async Task A_member_is_refused_the_pages(string path)
    {
        using var member = await crawler.Accounts.SignedInMemberAsync(AccountFlows.NewEmail("membre-sources"));

        var refused = await member.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }

    [Theory]
    [InlineData("/admin/sources")]
    [InlineData("/admin/sources/ville-amiens")]
    public async Task An_administrator_sees_the_pages(string path)
    {
        using var admin = await crawler.SignedInAdministratorAsync();

        var shown = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, shown.Status);
        Assert.Contains("Ville d'Amiens", shown.Html.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/admin/sources")]
    [InlineData("GET", "/api/admin/sources/ville-amiens")]
    [InlineData("POST", "/api/admin/sources/ville-amiens/runs")]
    public async Task The_api_answers_401_to_anonymous_callers_as_a_problem(string method, string path)
    {
        using var anonymous = crawler.Accounts.NewVisitor();

        using var unauthorized = await SendAsync(anonymous, method, path);

        Assert.Equal((HttpStatusCode.Unauthorized, "application/problem+json"), (unauthorized.StatusCode, unauthorized.Content.Headers.ContentType?.MediaType));
        Assert.Equal("Connexion requise", Title(await unauthorized.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("GET", "/api/admin/sources")]
    [InlineData("GET", "/api/admin/sources/ville-amiens")]
    [InlineData("POST", "/api/admin/sources/ville-amiens/runs")]
    public async Task The_api_answers_403_to_members_as_a_problem(string method, string path)
    {
        using var member = await crawler.Accounts.SignedInMemberAsync(AccountFlows.NewEmail("membre-api"));

        using var forbidden = await SendAsync(member, method, path);

        Assert.Equal((HttpStatusCode.Forbidden, "application/problem+json"), (forbidden.StatusCode, forbidden.Content.Headers.ContentType?.MediaType));
        Assert.Equal("Accès réservé aux administrateurs", Title(await forbidden.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Only_an_administrator_sees_the_navigation_link_to_the_sources()
    {
        using var member = await crawler.Accounts.SignedInMemberAsync(AccountFlows.NewEmail("membre-nav"));
        using var admin = await crawler.SignedInAdministratorAsync();

        var memberHome = await member.GetAsync("/");
        var adminHome = await admin.GetAsync("/");

        Assert.Null(memberHome.Html.QuerySelector("[data-testid=nav-admin-sources]"));
        Assert.Equal("/admin/sources", adminHome.Html.QuerySelector("[data-testid=nav-admin-sources]")!.GetAttribute("href"));
    }

    private static async Task<HttpResponseMessage> SendAsync(AccountClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        return await client.Http.SendAsync(request);
    }

    private static string? Title(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("title").GetString();
    }
}

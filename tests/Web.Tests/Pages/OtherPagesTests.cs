using System.Net;
using System.Text;

namespace Plateforme.Web.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class OtherPagesTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    private async Task<string> AnOpenCallSlugAsync()
    {
        var api = await client.GetJsonAsync("/api/calls?status=ouvert&sort=deadline&pageSize=1");
        return api.GetProperty("hits")[0].GetProperty("slug").GetString()!;
    }

    [Fact]
    public async Task Home_has_one_search_box_shortcuts_lists_and_live_figures()
    {
        var html = await client.GetOkPageAsync("/");

        Assert.Equal("fr", html.DocumentElement.GetAttribute("lang"));
        Assert.Single(html.QuerySelectorAll("h1"));
        var form = html.QuerySelector("[data-testid=search-form]")!;
        Assert.Equal("/recherche", form.GetAttribute("action"));
        Assert.Matches(@"^\d[\d\u202F]* appels ouverts de \d+ financeurs?$", html.QuerySelector("[data-testid=live-figures]")!.TextContent.Trim());
        Assert.True(html.QuerySelectorAll("[data-testid=theme-shortcuts] a").Length >= 5);
        Assert.All(html.QuerySelectorAll("[data-testid=beneficiary-shortcuts] a"),
            a => Assert.Contains("status=ouvert", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.NotEmpty(html.QuerySelectorAll("[data-testid=closing-soon] li"));
        Assert.NotNull(html.QuerySelector("header"));
        Assert.NotNull(html.QuerySelector("main#contenu"));
        Assert.NotNull(html.QuerySelector("footer"));
    }

    [Fact]
    public async Task A_call_page_shows_its_facts_sources_and_calendar_link()
    {
        var slug = await AnOpenCallSlugAsync();

        var html = await client.GetOkPageAsync("/appels/" + slug);

        Assert.NotNull(html.QuerySelector("[data-testid=call-detail] h1"));
        Assert.NotEmpty(html.QuerySelectorAll("[data-testid=call-source] a[href^=http]"));
        Assert.Contains("vérifiée le", html.QuerySelector("[data-testid=call-source]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/appels/{slug}/agenda.ics", html.QuerySelector("[data-testid=add-to-calendar]")!.GetAttribute("href"));
        Assert.NotNull(html.QuerySelector("[data-testid=deadline-badge]"));
        Assert.EndsWith("/appels/" + slug, html.QuerySelector("[data-testid=share-url]")!.GetAttribute("value"), StringComparison.Ordinal);
        Assert.NotEmpty(html.QuerySelectorAll("[data-testid=similar-calls] li"));
        Assert.StartsWith("/financeurs/", html.QuerySelector("[data-testid=call-funder]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_call_gives_the_French_not_found_page_with_a_404()
    {
        var (status, html, _) = await client.GetPageAsync("/appels/cet-appel-n-existe-pas");

        Assert.Equal(404, status);
        Assert.Equal("Page introuvable", html.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(html.QuerySelector("[data-testid=not-found] a[href='/recherche']"));
    }

    [Theory]
    [InlineData("/cette-page-n-existe-pas")]
    [InlineData("/wp-login.php")]
    [InlineData("/calls/ancienne-adresse")]
    public async Task An_address_no_page_answers_gives_the_French_not_found_page_with_a_404(string path)
    {
        var (status, html, _) = await client.GetPageAsync(path);

        Assert.Equal(404, status);
        Assert.Equal("Page introuvable", html.QuerySelector("[data-testid=not-found] h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_calendar_file_is_valid_iCalendar_with_a_reminder()
    {
        var slug = await AnOpenCallSlugAsync();

        using var response = await client.GetAsync(new Uri($"/appels/{slug}/agenda.ics", UriKind.Relative));
        var ics = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", ics, StringComparison.Ordinal);
        Assert.Contains("\r\nBEGIN:VEVENT\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P7D\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20261123T090000Z", ics, StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains($"/appels/{slug}", ics.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_file_of_an_unknown_call_is_a_404()
    {
        using var response = await client.GetAsync(new Uri("/appels/inconnu/agenda.ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_funder_page_lists_its_calls_open_ones_first()
    {
        var html = await client.GetOkPageAsync("/financeurs/departement-somme");

        Assert.Equal("Département de la Somme", html.QuerySelector("h1")!.TextContent.Trim());
        var urgencies = html.QuerySelectorAll("[data-testid=result-card] [data-testid=deadline-badge]").Select(b => b.GetAttribute("data-urgency")).ToList();
        Assert.NotEmpty(urgencies);
        var firstClosed = urgencies.IndexOf("closed");
        Assert.True(firstClosed == -1 || urgencies.Skip(firstClosed).All(u => u == "closed"), string.Join(",", urgencies));
        Assert.Contains("appels publiés", html.QuerySelector("[data-testid=funder-counts]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_funder_is_a_404()
    {
        var (status, _, _) = await client.GetPageAsync("/financeurs/personne");

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task The_embeddable_list_may_be_framed_anywhere()
    {
        var (status, html, response) = await client.GetPageAsync("/embed?theme=sport&status=ouvert&pageSize=5");

        Assert.Equal(200, status);
        Assert.Contains("frame-ancestors *", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Equal(5, html.QuerySelectorAll("[data-testid=embed-calls] li").Length);
        Assert.All(html.QuerySelectorAll("[data-testid=embed-calls] a"), a =>
        {
            Assert.StartsWith("http://", a.GetAttribute("href"), StringComparison.Ordinal);
            Assert.Equal("_blank", a.GetAttribute("target"));
        });
        Assert.Null(html.QuerySelector("header.site-header"));
        Assert.Null(html.QuerySelector("script[src*=blazor]"));
    }

    [Fact]
    public async Task Other_pages_may_be_framed_only_by_this_site()
    {
        var (_, _, home) = await client.GetPageAsync("/");

        Assert.Contains("frame-ancestors 'self'", home.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("SAMEORIGIN", home.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task The_embeddable_list_survives_a_broken_query_string()
    {
        var (status, html, _) = await client.GetPageAsync("/embed?theme=nope&pageSize=9999");

        Assert.Equal(200, status);
        Assert.NotNull(html.QuerySelector("[data-testid=query-notice]"));
        Assert.Equal(20, html.QuerySelectorAll("[data-testid=embed-calls] li").Length);
    }
}

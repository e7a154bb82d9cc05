using System.Net;
using AngleSharp.Html.Dom;

namespace Plateforme.Web.Tests.Pages;

[Collection(AppCollection.Name)]
public sealed class PreferencePageTests(PlateformeApp app)
{
    // A client of its own: it keeps the preference cookie between requests, like one browser.
    private readonly HttpClient browser = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = app.CreateClient().BaseAddress,
    };

    private async Task<HttpResponseMessage> SaveAsync(params (string Name, string Value)[] fields)
    {
        var form = await browser.GetOkPageAsync("/mon-territoire");
        var token = form.QuerySelector("[data-testid=preference-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await browser.PostAsync(new Uri("/mon-territoire", UriKind.Relative), content);
    }

    private static List<(string?, string?)> HiddenFields(IHtmlDocument html) =>
        [.. html.QuerySelectorAll("[data-testid=search-form] input[type=hidden]").Select(i => (i.GetAttribute("name"), i.GetAttribute("value")))];

    [Fact]
    public async Task A_saved_territory_and_structure_become_visible_removable_defaults()
    {
        using var saved = await SaveAsync(("territory", "dep:80"), ("beneficiary", "association"), ("returnUrl", "/"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/", saved.Headers.Location?.OriginalString);
        var home = await browser.GetOkPageAsync("/");
        Assert.Equal([("territory", "dep:80"), ("beneficiary", "association")], HiddenFields(home));
        Assert.Contains("Somme, Association", home.QuerySelector("[data-testid=home-preference]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Somme", home.QuerySelector("[data-testid=nav-preference]")!.TextContent, StringComparison.Ordinal);

        var results = await browser.GetOkPageAsync("/recherche?territory=dep:80&beneficiary=association");
        Assert.All(results.QuerySelectorAll("[data-testid=chip]"), chip => Assert.Contains("mon territoire", chip.TextContent, StringComparison.Ordinal));
        var other = await browser.GetOkPageAsync("/recherche?q=sport");
        Assert.Equal("/recherche?q=sport&territory=dep%3A80&beneficiary=association",
            other.QuerySelector("[data-testid=apply-preference]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Without_the_interactive_picker_the_typed_name_is_matched()
    {
        using var saved = await SaveAsync(("territoryText", "Amiens"), ("beneficiary", "commune"));

        Assert.Equal("/mon-territoire?enregistre=1", saved.Headers.Location?.OriginalString);
        var page = await browser.GetOkPageAsync("/mon-territoire?enregistre=1");
        Assert.NotNull(page.QuerySelector("[data-testid=preference-saved]"));
        Assert.Contains("Amiens, Commune", page.QuerySelector("[data-testid=current-preference]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_values_are_not_remembered_and_redirects_stay_on_this_site()
    {
        using var saved = await SaveAsync(("territory", "reg:32"), ("beneficiary", "pirate"), ("returnUrl", "//evil.example/"));

        Assert.Equal("/mon-territoire?enregistre=1", saved.Headers.Location?.OriginalString);
        var home = await browser.GetOkPageAsync("/");
        Assert.Empty(HiddenFields(home));
        Assert.NotNull(home.QuerySelector("[data-testid=set-preference]"));
    }

    [Fact]
    public async Task A_return_address_with_a_tab_does_not_lead_to_another_site()
    {
        // Browsers drop the tab: "/\t/evil.example" would become "//evil.example".
        var form = await browser.GetOkPageAsync("/mon-territoire?retour=/%09/evil.example");
        var returnUrl = form.QuerySelector("[data-testid=preference-form] input[name=returnUrl]")!.GetAttribute("value")!;

        using var saved = await SaveAsync(("territory", "dep:80"), ("returnUrl", returnUrl));
        using var posted = await SaveAsync(("territory", "dep:80"), ("returnUrl", "/\t/evil.example"));

        Assert.Equal("/", returnUrl);
        Assert.Equal("/", saved.Headers.Location?.OriginalString);
        Assert.Equal("/mon-territoire?enregistre=1", posted.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_return_address_with_accents_leads_there_instead_of_an_error()
    {
        using var saved = await SaveAsync(("territory", "dep:80"), ("returnUrl", "/recherche?q=économie"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/recherche?q=%C3%A9conomie", saved.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_not_saved_and_asks_to_try_again()
    {
        using var content = new FormUrlEncodedContent([new("territory", "dep:80")]);

        using var response = await browser.PostAsync(new Uri("/mon-territoire", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/mon-territoire?expire=1", response.Headers.Location?.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("plateforme-territoire=t", StringComparison.Ordinal)));
        var page = await browser.GetOkPageAsync("/mon-territoire?expire=1");
        Assert.NotNull(page.QuerySelector("[data-testid=preference-expired]"));
    }
}

using System.Globalization;
using AngleSharp.Html.Dom;
using Plateforme.Accounts;
using Plateforme.Alerts.Digests;
using Plateforme.Alerts.Mail;
using Plateforme.Alerts.Subscriptions;

namespace Plateforme.Web.Tests.Pages;

/// <summary>The search details a newcomer trips on (issue 17), on the running app's demo catalogue.</summary>
[Collection(AppCollection.Name)]
public sealed class SearchDetailsTests(PlateformeApp app)
{
    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("/recherche")]
    [InlineData("/recherche?q=politique de la ville")]
    public async Task Each_territory_count_is_the_number_of_calls_its_link_shows(string search)
    {
        var html = await client.GetOkPageAsync(search);
        var territories = html.QuerySelectorAll("[data-testid=facet-territory] [data-testid=facet-value]").Take(8).ToList();
        Assert.NotEmpty(territories);

        foreach (var value in territories)
        {
            var count = int.Parse(value.QuerySelector("[data-testid=facet-count]")!.TextContent.Replace("\u202f", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var selected = await client.GetOkPageAsync(value.GetAttribute("href")!);
            Assert.True(count == selected.Total(), $"{value.GetAttribute("data-value")}: facet {count}, click {selected.Total()}");
        }
    }

    [Fact]
    public async Task Closed_calls_come_after_the_open_ones_and_the_page_says_so()
    {
        var html = await client.GetOkPageAsync("/recherche?q=politique de la ville");

        var statuses = html.QuerySelectorAll("[data-testid=results-list] [data-testid=result-card]").Select(card => card.TextContent).ToList();
        Assert.DoesNotContain("Clos", statuses[0], StringComparison.Ordinal);
        Assert.Contains("clos sont classés après", html.QuerySelector("[data-testid=closed-note]")!.TextContent, StringComparison.Ordinal);

        var openOnly = await client.GetOkPageAsync(html.QuerySelector("[data-testid=hide-closed]")!.GetAttribute("href")!);
        var closed = await client.GetOkPageAsync("/recherche?q=politique de la ville&status=clos");
        Assert.True(closed.Total() > 0);
        Assert.Equal(html.Total() - closed.Total(), openOnly.Total());
    }

    [Fact]
    public async Task Each_suggestion_of_an_empty_search_gives_the_number_it_announces()
    {
        var html = await client.GetOkPageAsync("/recherche?q=sport jardin&territory=com:80021&beneficiary=agriculteur&theme=sport");
        Assert.Equal(0, html.Total());

        var suggestions = html.QuerySelectorAll("[data-testid=empty-results] a[data-count]").ToList();
        Assert.NotEmpty(suggestions);
        foreach (var suggestion in suggestions)
        {
            var announced = int.Parse(suggestion.GetAttribute("data-count")!, CultureInfo.InvariantCulture);
            Assert.Contains(announced.ToString(CultureInfo.InvariantCulture), suggestion.TextContent, StringComparison.Ordinal);
            Assert.Equal(announced, (await client.GetOkPageAsync(suggestion.GetAttribute("href")!)).Total());
        }
    }

    [Theory]
    [InlineData("prêt pour ma boulangerie")]
    [InlineData("financer mon commerce")]
    public async Task A_shopkeepers_search_points_to_the_loans(string text)
    {
        var html = await client.GetOkPageAsync("/recherche?q=" + Uri.EscapeDataString(text));

        Assert.Equal("/prets", html.QuerySelector("[data-testid=loans-hint] [data-testid=loans-link]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_search_for_a_cause_does_not_point_to_the_loans()
    {
        var html = await client.GetOkPageAsync("/recherche?q=insertion des jeunes");

        Assert.Null(html.QuerySelector("[data-testid=loans-hint]"));
    }

    [Fact]
    public async Task A_call_opened_from_the_results_leads_back_to_the_same_results()
    {
        var results = await client.GetOkPageAsync("/recherche?q=tiers-lieux&theme=economie-sociale-solidaire&sort=deadline");
        var link = results.QuerySelector("[data-testid=result-title]")!.GetAttribute("href")!;

        var call = await client.GetOkPageAsync(link);

        var back = call.QuerySelector("[data-testid=back-to-results]")!.GetAttribute("href")!;
        Assert.StartsWith("/recherche?", back, StringComparison.Ordinal);
        var again = await client.GetOkPageAsync(back);
        Assert.Equal(results.Total(), again.Total());
        Assert.Equal("tiers-lieux", again.QuerySelector("input[name=q]")!.GetAttribute("value"));
        Assert.Equal(Titles(results), Titles(again));
    }

    [Fact]
    public async Task The_way_back_never_leads_off_the_search_page()
    {
        var link = (await client.GetOkPageAsync("/recherche?q=tiers-lieux")).QuerySelector("[data-testid=result-title]")!.GetAttribute("href")!;
        var slug = link.Split('?')[0];

        var call = await client.GetOkPageAsync(slug + "?recherche=" + Uri.EscapeDataString("https://ailleurs.example/"));

        Assert.Null(call.QuerySelector("[data-testid=back-to-results]"));
    }

    [Fact]
    public async Task Sharing_by_email_keeps_the_body_of_the_message()
    {
        var call = await FirstCallAsync("tiers-lieux");

        var mailto = call.QuerySelector("[data-testid=share-email]")!.GetAttribute("href")!;

        Assert.DoesNotContain("&amp;", mailto, StringComparison.Ordinal);
        Assert.Matches(@"^mailto:\?subject=[^&]+&body=https?%3A%2F%2F", mailto);
    }

    [Fact]
    public async Task A_call_page_states_its_eligibility_once()
    {
        var call = await FirstCallAsync("tiers-lieux");
        var description = Normalised(call.QuerySelector(".call__description")!.TextContent);
        Assert.Contains("ouvert aux", description, StringComparison.OrdinalIgnoreCase);

        var eligibility = call.QuerySelector("#titre-eligibilite")?.ParentElement?.QuerySelector(".call__text")?.TextContent;

        Assert.True(eligibility is null || !description.Contains(Normalised(eligibility), StringComparison.Ordinal), "the eligibility section repeats the description");
    }

    [Fact]
    public async Task The_feed_link_opens_a_page_explaining_feeds_with_the_feed_address()
    {
        var results = await client.GetOkPageAsync("/recherche?q=tiers-lieux");
        var explainer = await client.GetOkPageAsync(results.QuerySelector("[data-testid=feed-rss]")!.GetAttribute("href")!);

        Assert.Contains("lecteur de flux", explainer.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var address = new Uri(explainer.QuerySelector("[data-testid=feed-rss-address]")!.GetAttribute("value")!);
        Assert.Equal("/recherche/flux.rss", address.AbsolutePath);
        Assert.Equal("?q=tiers-lieux", address.Query);
        var feed = await client.GetAsync(new Uri(address.PathAndQuery, UriKind.Relative));
        Assert.Equal("application/rss+xml", feed.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void The_alert_emails_search_link_has_no_raw_space()
    {
        var alert = new Alert
        {
            Email = "voisine@example.org",
            Query = "?q=politique%20de%20la%20ville",
            Description = "« politique de la ville »",
            SiteUrl = "https://plateforme.example",
            UnsubscribeToken = "jeton",
        };
        var site = new PublicSiteOptions { PublicAddress = new Uri("https://plateforme.example") };

        var digest = AlertMails.Digest(alert, new AlertDigest(), site);
        var confirmation = AlertMails.Confirmation(alert, site, new Uri("https://plateforme.example/alertes/confirmer?jeton=x"), 7);

        foreach (var mail in new[] { digest, confirmation })
        {
            var link = mail.Text.Split('\n').Single(line => line.Contains("/recherche?", StringComparison.Ordinal));
            Assert.StartsWith("https://plateforme.example/recherche?q=politique%20de%20la%20ville", link, StringComparison.Ordinal);
            Assert.DoesNotContain("politique de la ville\"", mail.Html, StringComparison.Ordinal);
            Assert.Contains("href=\"https://plateforme.example/recherche?q=politique%20de%20la%20ville", mail.Html, StringComparison.Ordinal);
        }
    }

    private async Task<IHtmlDocument> FirstCallAsync(string text)
    {
        var results = await client.GetOkPageAsync("/recherche?q=" + text);
        return await client.GetOkPageAsync(results.QuerySelector("[data-testid=result-title]")!.GetAttribute("href")!);
    }

    private static List<string> Titles(IHtmlDocument html) => [.. html.QuerySelectorAll("[data-testid=result-title]").Select(a => a.TextContent)];

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

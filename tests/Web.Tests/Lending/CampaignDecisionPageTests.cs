using System.Net;
using System.Text.Json;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.LendingArrange;

namespace Plateforme.Web.Tests.Lending;

/// <summary>
/// Issue 17: what a neighbour reads on a campaign page before deciding to lend (the place by name, the risk box
/// before the form, the months of repayment, the carrier, the share links), read as a visitor without JavaScript.
/// </summary>
[Collection(LendingCollection.Name)]
public sealed class CampaignDecisionPageTests(AccountsApp app)
{
    [Fact]
    public async Task The_page_names_the_place_and_says_the_risk_cap_dates_and_funding_mode_before_the_pledge_form()
    {
        var campaign = await app.PublishedAsync(Draft(await app.NewCarrierAsync("Fournil du Canal"), "Un four " + Guid.NewGuid().ToString("N")[..6]));
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync($"/prets/{campaign.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Lille (Nord)", page.Html.QuerySelector("[data-testid=territory]")!.TextContent.Trim());
        Assert.DoesNotContain("com:59350", page.Text, StringComparison.Ordinal);
        var html = page.Html.DocumentElement.OuterHtml;
        Assert.True(html.IndexOf("data-testid=\"what-to-know\"", StringComparison.Ordinal) < html.IndexOf("data-testid=\"pledge-panel\"", StringComparison.Ordinal));
        Assert.Contains("pas garanti", Know(page, "know-risk"), StringComparison.Ordinal);
        Assert.Contains("5 000 € par personne et par projet", Plain(Know(page, "know-cap")), StringComparison.Ordinal);
        // Ends 10 January 2027, three months of grace, 24 instalments: May 2027 to April 2029.
        Assert.Contains("de mai 2027 à avril 2029", Know(page, "know-dates"), StringComparison.Ordinal);
        Assert.StartsWith("Tout ou rien", Know(page, "know-funding"), StringComparison.Ordinal);
        Assert.Contains("ne donne pas droit à un reçu fiscal", Know(page, "know-donations"), StringComparison.Ordinal);
        Assert.Equal("Porteur individuel", page.Html.QuerySelector("[data-testid=profile-legal-form]")!.TextContent.Trim());
        Assert.Equal("5 000 €", Plain(page.Html.QuerySelector("[data-testid=goal]")!.TextContent));
        Assert.Equal("0", page.Html.QuerySelector("[data-testid=lenders]")!.TextContent.Trim());
        Assert.Equal("48", page.Html.QuerySelector("[data-testid=days-left]")!.TextContent.Trim());
        Assert.Equal("Nouvelles du projet (0)", page.Html.QuerySelector("#nouvelles")!.TextContent.Trim());
        Assert.Equal(5, page.Html.QuerySelectorAll("[data-testid=campaign-faq] details").Length);
    }

    [Fact]
    public async Task A_story_typed_as_plain_text_keeps_its_paragraphs()
    {
        var draft = Draft(await app.NewCarrierAsync("Café des Tilleuls"), "Café " + Guid.NewGuid().ToString("N")[..6]) with
        {
            Story = "Le café avait fermé.\n\nLes habitants le reprennent.\nIls cherchent 5 000 €.",
        };
        var campaign = await app.PublishedAsync(draft);
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync($"/prets/{campaign.Id}");

        var paragraphs = page.Html.QuerySelectorAll("[data-testid=story] p").Select(p => p.InnerHtml).ToList();
        Assert.Equal(["Le café avait fermé.", "Les habitants le reprennent.<br>Ils cherchent 5 000 €."], paragraphs);
    }

    [Fact]
    public async Task The_share_links_carry_an_e_mail_body_encoded_once_and_the_social_tags_the_title()
    {
        var title = "Atelier " + Guid.NewGuid().ToString("N")[..6];
        var campaign = await app.PublishedAsync(Draft(await app.NewCarrierAsync("Atelier"), title));
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync($"/prets/{campaign.Id}");

        var mailto = page.Html.QuerySelector("[data-testid=share-email]")!.GetAttribute("href")!;
        var query = mailto["mailto:?".Length..].Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        Assert.Equal(["subject", "body"], query.Keys);
        Assert.Contains(title, query["subject"], StringComparison.Ordinal);
        Assert.Contains($"/prets/{campaign.Id}", query["body"], StringComparison.Ordinal);
        Assert.Equal(title, page.Html.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.EndsWith($"/prets/{campaign.Id}", page.Html.QuerySelector("meta[property='og:url']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Empty(page.Html.QuerySelectorAll("script[src^='http']"));
    }

    [Fact]
    public async Task The_monthly_line_is_computed_by_the_schedule_rule_with_its_months_and_a_bad_amount_is_a_problem()
    {
        var campaign = await app.PublishedAsync(Draft(await app.NewCarrierAsync("Atelier"), "Ligne " + Guid.NewGuid().ToString("N")[..6]));
        using var visitor = app.NewVisitor();

        var line = await visitor.Http.GetAsync($"/prets/{campaign.Id}/mensualites?montant=100");
        var bad = await visitor.Http.GetAsync($"/prets/{campaign.Id}/mensualites?montant=cent");
        var typed = await visitor.GetAsync($"/prets/{campaign.Id}?montant=100");

        Assert.Equal(HttpStatusCode.OK, line.StatusCode);
        var text = JsonDocument.Parse(await line.Content.ReadAsStringAsync()).RootElement.GetProperty("line").GetString();
        Assert.Equal("Vous recevrez 4,16 € par mois de mai 2027 à avril 2029 (4,17 € les 16 premiers mois).", Plain(text));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Plain(text), Plain(typed.Html.QuerySelector("[data-testid=live-line]")!.TextContent));
        Assert.Single(typed.Html.QuerySelectorAll("#montant"));
    }

    [Fact]
    public async Task A_visitor_without_an_account_is_offered_a_sign_up_that_comes_back_to_the_campaign_with_the_amount()
    {
        var campaign = await app.PublishedAsync(Draft(await app.NewCarrierAsync("Atelier"), "Retour " + Guid.NewGuid().ToString("N")[..6]));
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync($"/prets/{campaign.Id}?montant=50");
        var signUp = page.Html.QuerySelector("[data-testid=pledge-sign-up]")!.GetAttribute("href")!;
        var form = await visitor.GetAsync(signUp);

        Assert.Equal("/compte/inscription?retour=" + Uri.EscapeDataString($"/prets/{campaign.Id}?montant=50#participer"), signUp);
        Assert.Equal("/compte/connexion?retour=" + Uri.EscapeDataString($"/prets/{campaign.Id}?montant=50#participer"),
            form.Html.QuerySelector("[data-testid=sign-in-link]")!.GetAttribute("href"));
    }

    private static string Know(AccountClient.Page page, string testId) => page.Html.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();
}

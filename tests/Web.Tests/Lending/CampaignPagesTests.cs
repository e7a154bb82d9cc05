using System.Net;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.LendingArrange;

namespace Plateforme.Web.Tests.Lending;

/// <summary>The public lending pages, read as a visitor without JavaScript reads them.</summary>
[Collection(LendingCollection.Name)]
public sealed class CampaignPagesTests(AccountsApp app)
{
    [Fact]
    public async Task The_list_shows_a_published_campaign_with_its_figures_to_the_cent()
    {
        var carrierId = await app.NewCarrierAsync("Atelier Vélo Solidaire");
        var title = "Vélos du quartier " + Guid.NewGuid().ToString("N")[..6];
        var campaign = await app.PublishedAsync(Draft(carrierId, title));
        await app.PledgedAsync(Loan(campaign.Id, "preteuse-" + Guid.NewGuid(), 123_456, "Jeanne Dupont"));
        await app.PledgedAsync(Donation(campaign.Id, "donateur-" + Guid.NewGuid(), 5_001));
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync("/prets");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var card = page.Html.QuerySelector($"[data-testid=campaign][data-campaign='{campaign.Id}']");
        Assert.NotNull(card);
        Assert.Equal(title, card.QuerySelector("[data-testid=campaign-title]")!.TextContent.Trim());
        Assert.Equal("Atelier Vélo Solidaire", card.QuerySelector("[data-testid=carrier]")!.TextContent.Trim());
        Assert.Equal("Lille (Nord)", card.QuerySelector("[data-testid=territory]")!.TextContent.Trim());
        Assert.Equal("5 000 €", Plain(card.QuerySelector("[data-testid=goal]")!.TextContent));
        Assert.Equal("1 284,57 €", Plain(card.QuerySelector("[data-testid=raised]")!.TextContent));
        Assert.Equal("24 mois", card.QuerySelector("[data-testid=term]")!.TextContent.Trim());
        Assert.Equal("25", card.QuerySelector("[data-testid=progress]")!.GetAttribute("value"));
        Assert.Equal("Jours restants : 48", card.QuerySelector("[data-testid=days-left]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_list_leaves_out_drafts()
    {
        var carrierId = await app.NewCarrierAsync("Camille Martin");
        var draft = await app.DraftedAsync(Draft(carrierId, "Brouillon " + Guid.NewGuid().ToString("N")[..6]));
        using var visitor = app.NewVisitor();

        var list = await visitor.GetAsync("/prets");
        var direct = await visitor.GetAsync($"/prets/{draft.Id}");

        Assert.Null(list.Html.QuerySelector($"[data-campaign='{draft.Id}']"));
        Assert.Equal(HttpStatusCode.NotFound, direct.Status);
    }

    [Fact]
    public async Task The_campaign_page_shows_the_sanitised_story_the_figures_and_the_wall()
    {
        var carrierId = await app.NewCarrierAsync("Atelier Vélo Solidaire");
        var campaign = await app.PublishedAsync(Draft(carrierId, "Vélos pour tous", goalCents: 300_000));
        await app.PledgedAsync(Loan(campaign.Id, "preteuse-" + Guid.NewGuid(), 100_001, "Jeanne Dupont", message: "Bravo !"));
        await app.PledgedAsync(Loan(campaign.Id, "preteur-" + Guid.NewGuid(), 20_000, "Paul Lefèvre", anonymous: true));
        await app.PledgedAsync(Donation(campaign.Id, "donatrice-" + Guid.NewGuid(), 1_099));
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync($"/prets/{campaign.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var story = page.Html.QuerySelector("[data-testid=story]")!;
        Assert.Contains("Un atelier de réparation de vélos", story.TextContent, StringComparison.Ordinal);
        Assert.Null(story.QuerySelector("script"));
        Assert.Equal("3 000 €", Plain(Text(page, "goal")));
        Assert.Equal("1 211 €", Plain(Text(page, "raised")));
        Assert.Equal("1 789 €", Plain(Text(page, "remaining")));
        Assert.Equal("10 janvier 2027", Text(page, "end-date"));
        Assert.Equal("24 mois", Text(page, "term"));
        Assert.Equal("3 mois", Text(page, "grace"));
        var wall = page.Html.QuerySelectorAll("[data-testid=wall-entry]")
            .Select(e => (Name: e.QuerySelector("[data-testid=wall-name]")!.TextContent.Trim(), Amount: Plain(e.QuerySelector("[data-testid=wall-amount]")!.TextContent)))
            .ToList();
        Assert.Equal(3, wall.Count);
        Assert.Contains(("Jeanne Dupont", "1 000,01 €"), wall);
        Assert.Contains(("Un voisin", "200 €"), wall);
        Assert.DoesNotContain("Paul Lefèvre", page.Text, StringComparison.Ordinal);
        Assert.Contains("Bravo !", page.Html.QuerySelector("[data-testid=wall]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_campaign_answers_not_found()
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync($"/prets/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    private static string Text(AccountClient.Page page, string testId) =>
        page.Html.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? "";
}

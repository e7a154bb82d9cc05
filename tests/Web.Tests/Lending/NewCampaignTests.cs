using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Campaigns;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Lending;

/// <summary>A carrier drafts a campaign through the guided form and follows it on "Mes campagnes".</summary>
[Collection(LendingCollection.Name)]
public sealed class NewCampaignTests(AccountsApp app)
{
    private static Dictionary<string, string> Fields(string title, string goal, bool submit) => new()
    {
        ["Input.Title"] = title,
        ["Input.Story"] = "<p>Une épicerie solidaire pour le quartier.</p>",
        ["Input.Category"] = "alimentation",
        ["Input.Territory"] = "com:59350",
        ["Input.Goal"] = goal,
        ["Input.EndDate"] = "2027-01-15",
        ["Input.MinimumPledge"] = "",
        ["Input.FundingMode"] = "AllOrNothing",
        ["Input.AcceptsDonations"] = "true",
        ["Input.TermMonths"] = "18",
        ["Input.GraceMonths"] = "2",
        ["Input.Submit"] = submit ? "true" : "false",
    };

    [Theory]
    [InlineData("/prets/nouveau")]
    [InlineData("/prets/mes-campagnes")]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page(string path)
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/compte/connexion?retour=" + Uri.EscapeDataString(path), page.Redirect);
    }

    [Fact]
    public async Task Submitting_a_campaign_stores_every_field_and_lists_it_as_in_review()
    {
        var email = AccountFlows.NewEmail("porteuse");
        using var carrier = await app.SignedInMemberAsync(email, "Épicerie du Canal");
        var title = "Épicerie solidaire " + Guid.NewGuid().ToString("N")[..6];

        var posted = await carrier.SubmitAsync("/prets/nouveau", "campaign-form", Fields(title, "2 500,50", submit: true));
        var mine = await carrier.GetAsync(posted.Redirect!);

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        Assert.StartsWith("Votre campagne est soumise : une modératrice la relit avant de la publier.", mine.Message, StringComparison.Ordinal);
        Assert.Contains("sous 5 jours ouvrés", mine.Html.QuerySelector("[data-testid=what-next]")!.TextContent, StringComparison.Ordinal);
        var row = mine.Html.QuerySelectorAll("[data-testid=my-campaign]")
            .Single(r => r.QuerySelector("[data-testid=my-campaign-title]")!.TextContent.Trim() == title);
        Assert.Equal("En relecture", row.QuerySelector("[data-testid=my-campaign-state]")!.TextContent.Trim());
        Assert.Contains("2 500,50 €", LendingArrange.Plain(row.TextContent), StringComparison.Ordinal);
        var stored = await app.WithStoreAsync(services => services.GetRequiredService<CampaignService>().FindAsync(Guid.Parse(row.GetAttribute("data-campaign")!)));
        Assert.Equal(250_050, stored!.GoalCents);
        Assert.Equal((18, 2, true, new DateOnly(2027, 1, 15)), (stored.TermMonths, stored.GraceMonths, stored.AcceptsDonations, stored.EndDate));
        Assert.Equal(CampaignState.Submitted, stored.State);
    }

    [Fact]
    public async Task Saving_a_draft_keeps_it_private_as_a_draft()
    {
        using var carrier = await app.SignedInMemberAsync(AccountFlows.NewEmail("porteur"), "Atelier Bois");
        var title = "Atelier bois " + Guid.NewGuid().ToString("N")[..6];

        var posted = await carrier.SubmitAsync("/prets/nouveau", "campaign-form", Fields(title, "800", submit: false));
        var mine = await carrier.GetAsync(posted.Redirect!);

        Assert.Equal("Votre brouillon est enregistré.", mine.Message);
        var row = mine.Html.QuerySelectorAll("[data-testid=my-campaign]")
            .Single(r => r.QuerySelector("[data-testid=my-campaign-title]")!.TextContent.Trim() == title);
        Assert.Equal("Brouillon", row.QuerySelector("[data-testid=my-campaign-state]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_service_refusals_are_shown_in_French_beside_their_fields()
    {
        using var carrier = await app.SignedInMemberAsync(AccountFlows.NewEmail("porteur"));
        var fields = Fields("Vé", "150", submit: true);
        fields["Input.TermMonths"] = "48";

        var page = await carrier.SubmitAsync("/prets/nouveau", "campaign-form", fields);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var messages = page.Html.QuerySelectorAll(".validation-message").Select(m => LendingArrange.Plain(m.TextContent)).ToList();
        Assert.Contains("Le titre doit compter au moins 5 caractères.", messages);
        Assert.Contains("L'objectif doit être compris entre 200 € et 15 000 €.", messages);
        Assert.Contains("La durée de remboursement doit être comprise entre 1 et 36 mois.", messages);
    }

    [Fact]
    public async Task An_amount_that_is_not_euros_and_cents_is_refused_without_rounding()
    {
        using var carrier = await app.SignedInMemberAsync(AccountFlows.NewEmail("porteur"));

        var page = await carrier.SubmitAsync("/prets/nouveau", "campaign-form", Fields("Un projet précis", "2500,555", submit: false));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Indiquez un montant en euros, par exemple 2 500 ou 2 500,50 (deux décimales au plus).",
            page.Html.QuerySelectorAll(".validation-message").Select(m => LendingArrange.Plain(m.TextContent)));
    }
}

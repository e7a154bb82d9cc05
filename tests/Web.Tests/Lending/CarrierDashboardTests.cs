using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Campaigns;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.LendingArrange;

namespace Plateforme.Web.Tests.Lending;

/// <summary>A carrier edits and submits a draft, then follows progress, schedule, repayments and writes to supporters.</summary>
[Collection(DashboardCollection.Name)]
public sealed class CarrierDashboardTests(DashboardApp fixture)
{
    private readonly AccountsApp app = fixture.App;

    private static Dictionary<string, string> Fields(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.Story"] = "<p>Une épicerie où chacun paie selon ses moyens.</p>",
        ["Input.Category"] = "alimentation",
        ["Input.Territory"] = "com:59350",
        ["Input.Goal"] = "1 500",
        ["Input.EndDate"] = "2027-01-15",
        ["Input.MinimumPledge"] = "",
        ["Input.FundingMode"] = "AllOrNothing",
        ["Input.AcceptsDonations"] = "true",
        ["Input.TermMonths"] = "12",
        ["Input.GraceMonths"] = "1",
        ["Input.Submit"] = "false",
    };

    [Fact]
    public async Task A_carrier_edits_a_draft_in_the_guided_form_then_submits_it_from_the_dashboard()
    {
        var (carrier, carrierId) = await app.MemberAsync("Épicerie du Canal");
        using var _ = carrier;
        var draft = await app.WithStoreAsync(services => services.GetRequiredService<CampaignService>().CreateDraftAsync(
            new CampaignDraft(carrierId, "Premier titre", "<p>Histoire</p>", "alimentation", "com:59350", 100_000, app.Today().AddDays(30), 12, 0)));

        var form = await carrier.GetAsync($"/prets/mes-campagnes/{draft.Id}/modifier");
        var saved = await carrier.SubmitAsync($"/prets/mes-campagnes/{draft.Id}/modifier", "campaign-form", Fields("Titre corrigé"));
        var dashboard = await carrier.GetAsync(saved.Redirect!);
        var submitted = await carrier.SubmitAsync($"/prets/mes-campagnes/{draft.Id}", "submit-form", new Dictionary<string, string>());
        var after = await carrier.GetAsync(submitted.Redirect!);

        Assert.Equal("Premier titre", form.Html.QuerySelector("#titre")!.GetAttribute("value"));
        Assert.Equal("1000", form.Html.QuerySelector("#objectif")!.GetAttribute("value"));
        Assert.Equal($"/prets/mes-campagnes/{draft.Id}?fait=enregistree", saved.Redirect);
        Assert.Equal("Votre brouillon est enregistré.", dashboard.Message);
        Assert.Equal("Titre corrigé", dashboard.Html.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("1 500 €", Plain(dashboard.Html.QuerySelector("[data-testid=carrier-goal]")!.TextContent));
        Assert.StartsWith("Votre campagne est soumise à la modération. Un modérateur relit chaque campagne soumise sous 5 jours ouvrés.", after.Message, StringComparison.Ordinal);
        Assert.Null(after.Html.QuerySelector("[data-testid=submit-form]"));
        Assert.Contains("Soumise à la modération", after.Html.QuerySelectorAll("[data-testid=history-reason]").Select(r => r.TextContent.Trim()));
    }

    [Fact]
    public async Task The_dashboard_shows_the_schedule_with_states_the_repayments_and_the_messages_reach_the_campaign_page()
    {
        var (carrier, carrierId) = await app.MemberAsync("Épicerie du Marais");
        using var _ = carrier;
        var campaign = await app.PublishAsync(app.DraftEndingTomorrow(carrierId, "Épicerie " + Guid.NewGuid().ToString("N")[..6], 100_001, termMonths: 3));
        await app.LendAsync(campaign.Id, "preteur-" + Guid.NewGuid().ToString("N"), 100_001);
        await app.CloseAndDisburseAsync(campaign.Id);
        await app.RepayAsync(campaign.Id, 33_334);

        var posted = await carrier.SubmitAsync($"/prets/mes-campagnes/{campaign.Id}", "message-form", new Dictionary<string, string> { ["Input.Text"] = "Merci ! Le premier mois est remboursé." });
        var page = await carrier.GetAsync(posted.Redirect!);
        using var visitor = app.NewVisitor();
        var publicPage = await visitor.GetAsync($"/prets/{campaign.Id}");

        Assert.Equal("Votre message est publié sur la page de la campagne.", page.Message);
        var rows = page.Html.QuerySelectorAll("[data-testid=instalment]").ToList();
        Assert.Equal(["333,34 €", "333,34 €", "333,33 €"], rows.Select(r => Plain(r.QuerySelector("[data-testid=instalment-amount]")!.TextContent)));
        Assert.Equal(["333,34 €", "0 €", "0 €"], rows.Select(r => Plain(r.QuerySelector("[data-testid=instalment-paid]")!.TextContent)));
        Assert.Equal(["Payée", "À venir", "À venir"], rows.Select(r => r.QuerySelector("[data-testid=instalment-status]")!.TextContent.Trim()));
        Assert.Equal(["333,34 €"], page.Html.QuerySelectorAll("[data-testid=repayment-amount]").Select(a => Plain(a.TextContent)));
        Assert.Equal("Total remboursé : 333,34 € sur 1 000,01 €", Plain(page.Html.QuerySelector("[data-testid=carrier-repaid-total]")!.TextContent));
        Assert.Equal("1 000,01 €", Plain(page.Html.QuerySelector("[data-testid=carrier-collected]")!.TextContent));
        Assert.Equal(["Merci ! Le premier mois est remboursé."], publicPage.Html.QuerySelectorAll("[data-testid=supporter-message-text]").Select(m => m.TextContent.Trim()));
    }

    [Fact]
    public async Task Another_member_is_refused_the_dashboard_and_the_draft_form()
    {
        var carrierId = await app.NewCarrierAsync("Atelier partagé");
        var draft = await app.WithStoreAsync(services => services.GetRequiredService<CampaignService>().CreateDraftAsync(
            new CampaignDraft(carrierId, "Projet privé", "<p>Histoire</p>", "alimentation", "com:59350", 100_000, app.Today().AddDays(30), 12, 0)));
        var (stranger, _) = await app.MemberAsync("Curieux");
        using var __ = stranger;

        var dashboard = await stranger.GetAsync($"/prets/mes-campagnes/{draft.Id}");
        var edit = await stranger.GetAsync($"/prets/mes-campagnes/{draft.Id}/modifier");

        Assert.Equal(HttpStatusCode.Forbidden, dashboard.Status);
        Assert.Equal(HttpStatusCode.Forbidden, edit.Status);
        Assert.DoesNotContain("Projet privé", dashboard.Text, StringComparison.Ordinal);
        Assert.Null(edit.Html.QuerySelector("[data-testid=campaign-form]"));
    }
}

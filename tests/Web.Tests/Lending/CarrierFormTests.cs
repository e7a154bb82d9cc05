using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Messages;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.LendingArrange;

namespace Plateforme.Web.Tests.Lending;

/// <summary>Issue 17: a baker fills the campaign form (place by name, activity from a list, monthly preview, errors).</summary>
[Collection(LendingCollection.Name)]
public sealed class CarrierFormTests(AccountsApp app)
{
    private static Dictionary<string, string> Fields(string title, string place, string? code = null, string category = "Commerce de proximité", string other = "") => new()
    {
        ["Input.Title"] = title,
        ["Input.Story"] = "Un nouveau four pour le fournil.",
        ["Input.Category"] = category,
        ["Input.CategoryOther"] = other,
        ["Input.TerritoryText"] = place,
        ["Input.Territory"] = code ?? "",
        ["Input.Goal"] = "8000",
        ["Input.EndDate"] = "2027-01-15",
        ["Input.MinimumPledge"] = "",
        ["Input.FundingMode"] = "AllOrNothing",
        ["Input.AcceptsDonations"] = "true",
        ["Input.TermMonths"] = "24",
        ["Input.GraceMonths"] = "0",
        ["Input.Submit"] = "false",
    };

    [Fact]
    public async Task A_place_name_shared_by_two_communes_asks_which_one_with_the_focus_on_that_field()
    {
        using var carrier = await app.SignedInMemberAsync(AccountFlows.NewEmail("boulangere"), "Fournil");

        var page = await carrier.SubmitAsync("/prets/nouveau", "campaign-form", Fields("Four " + Guid.NewGuid().ToString("N")[..6], "Villers-Bocage"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var choices = page.Html.QuerySelectorAll("[data-testid=territory-candidates] label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains(choices, c => c.StartsWith("Villers-Bocage (Somme)", StringComparison.Ordinal));
        Assert.Contains(choices, c => c.StartsWith("Villers-Bocage (Calvados)", StringComparison.Ordinal));
        Assert.NotNull(page.Html.QuerySelector("[data-testid=form-errors]"));
        Assert.Equal("territoire", page.Html.QuerySelector("[autofocus]")?.Id);
        Assert.Equal("true", page.Html.QuerySelector("#territoire")!.GetAttribute("aria-invalid"));
        Assert.Equal("combobox", page.Html.QuerySelector("#territoire")!.GetAttribute("role"));
        Assert.Contains("Vous rembourserez environ 333,33 € par mois de février 2027 à janvier 2029", Plain(page.Html.QuerySelector("[data-testid=live-line]")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chosen_commune_is_stored_as_its_code_and_shown_by_name()
    {
        using var carrier = await app.SignedInMemberAsync(AccountFlows.NewEmail("boulangere"), "Fournil");
        var title = "Four " + Guid.NewGuid().ToString("N")[..6];

        var posted = await carrier.SubmitAsync("/prets/nouveau", "campaign-form", Fields(title, "Villers-Bocage", "com:80798"));
        var mine = await carrier.GetAsync(posted.Redirect!);
        var id = Guid.Parse(mine.Html.QuerySelectorAll("[data-testid=my-campaign]").Single(r => r.TextContent.Contains(title, StringComparison.Ordinal)).GetAttribute("data-campaign")!);
        var stored = await app.WithStoreAsync(services => services.GetRequiredService<CampaignService>().FindAsync(id));
        var dashboard = await carrier.GetAsync($"/prets/mes-campagnes/{id}");
        var edit = await carrier.GetAsync($"/prets/mes-campagnes/{id}/modifier");

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        Assert.Equal(("com:80798", "Commerce de proximité"), (stored!.Territory, stored.Category));
        Assert.Equal("Villers-Bocage (Somme)", edit.Html.QuerySelector("#territoire")!.GetAttribute("value"));
        Assert.Equal("Pas encore en ligne", dashboard.Html.QuerySelector("[data-testid=days-left]")!.TextContent.Trim());
        Assert.StartsWith("Vous rembourserez environ 333,33 € par mois de février 2027 à janvier 2029", Plain(dashboard.Html.QuerySelector("[data-testid=carrier-schedule-preview]")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_place_written_as_the_picker_names_it_is_stored_as_that_commune_and_never_shown_as_a_code()
    {
        using var carrier = await app.SignedInMemberAsync(AccountFlows.NewEmail("boulangere"), "Fournil");
        var title = "Four " + Guid.NewGuid().ToString("N")[..6];

        var posted = await carrier.SubmitAsync("/prets/nouveau", "campaign-form", Fields(title, "Villers-Bocage (Calvados)"));
        var mine = await carrier.GetAsync(posted.Redirect!);
        var id = Guid.Parse(mine.Html.QuerySelectorAll("[data-testid=my-campaign]").Single(r => r.TextContent.Contains(title, StringComparison.Ordinal)).GetAttribute("data-campaign")!);
        var stored = await app.WithStoreAsync(services => services.GetRequiredService<CampaignService>().FindAsync(id));
        var edit = await carrier.GetAsync($"/prets/mes-campagnes/{id}/modifier");

        Assert.Equal("com:14752", stored!.Territory);
        Assert.Equal("Villers-Bocage (Calvados)", edit.Html.QuerySelector("#territoire")!.GetAttribute("value"));
        Assert.Equal("com:14752", edit.Html.QuerySelector("[data-testid=territory-code]")!.GetAttribute("value"));
        Assert.DoesNotContain("com:", mine.Html.Body!.TextContent + edit.Html.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_activity_needs_its_words_and_a_postal_code_lists_the_communes_it_covers()
    {
        using var carrier = await app.SignedInMemberAsync(AccountFlows.NewEmail("coiffeur"), "Salon");

        var page = await carrier.SubmitAsync("/prets/nouveau", "campaign-form", Fields("Salon " + Guid.NewGuid().ToString("N")[..6], "80260", category: "Autre"));

        Assert.Equal("categorie-autre", page.Html.QuerySelector("[autofocus]")?.Id);
        Assert.Contains(page.Html.QuerySelectorAll("[data-testid=territory-candidates] input[type=radio]"), radio => radio.GetAttribute("value") == "com:80798");
    }

    [Fact]
    public async Task The_carrier_preview_endpoint_answers_the_line_and_refuses_nonsense_with_a_problem()
    {
        using var visitor = app.NewVisitor();

        var line = await visitor.Http.GetAsync("/prets/apercu-remboursement?objectif=8000&duree=24&differe=0&fin=2027-01-14");
        var bad = await visitor.Http.GetAsync("/prets/apercu-remboursement?objectif=8000&duree=0&fin=2027-01-14");

        var text = JsonDocument.Parse(await line.Content.ReadAsStringAsync()).RootElement.GetProperty("line").GetString();
        Assert.Equal("Vous rembourserez environ 333,33 € par mois de février 2027 à janvier 2029 (333,34 € les 8 premiers mois).", Plain(text));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task The_carrier_gets_an_e_mail_at_submission_publication_first_pledge_and_goal_reached_each_once()
    {
        var carrierId = await app.NewCarrierAsync("Fournil");
        var campaign = await app.PublishedAsync(Draft(carrierId, "Jalons " + Guid.NewGuid().ToString("N")[..6], goalCents: 30_000));
        await app.PledgedAsync(Loan(campaign.Id, "preteuse-" + Guid.NewGuid(), 10_000, "Jeanne"));
        await app.PledgedAsync(Donation(campaign.Id, "donatrice-" + Guid.NewGuid(), 1_000));
        await app.PledgedAsync(Loan(campaign.Id, "preteur-" + Guid.NewGuid(), 19_000, "Paul"));

        // Read sent or not: the application's mail drain may already have sent them.
        var kinds = await app.WithStoreAsync(services => services.GetRequiredService<Plateforme.Lending.Store.LendingWrites>().ReadAsync(
            db => db.OutgoingMessages.Where(m => m.CampaignId == campaign.Id && m.RecipientUserId == carrierId).Select(m => m.Kind).ToListAsync(), default));

        Assert.Equal(1, kinds.Count(k => k == OutgoingMessageKind.CampaignSubmitted));
        Assert.Equal(1, kinds.Count(k => k == OutgoingMessageKind.CampaignPublished));
        Assert.Equal(1, kinds.Count(k => k == OutgoingMessageKind.FirstPledge));
        Assert.Equal(1, kinds.Count(k => k == OutgoingMessageKind.GoalReached));
    }
}

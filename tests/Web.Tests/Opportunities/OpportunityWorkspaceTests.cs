using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Experiences.Sheets;
using Plateforme.Lending.Campaigns;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.Experiences;

namespace Plateforme.Web.Tests.Opportunities;

/// <summary>
/// The opportunity-detection workspace through the real app (SQLite): a team writes a file after the grid, its
/// history says who changed what, the catalogue's calls and the experiences are suggested with their reasons, the
/// team pins and unpins them, and a file becomes a campaign draft or an experience draft.
/// </summary>
[Collection(ExperiencesCollection.Name)]
public sealed class OpportunityWorkspaceTests(AccountsApp app)
{
    [Fact]
    public async Task A_file_follows_the_grid_and_its_history_says_who_changed_what()
    {
        using var member = await app.MemberOfNewStructureAsync("grille");
        var id = await member.NewFileAsync("Conciergerie dans les locaux vacants de l'Alma");

        var fields = OpportunityArrange.FileFields("Conciergerie dans les locaux vacants de l'Alma");
        fields["Input.Description"] = "Une conciergerie solidaire, portée par les habitants.";
        var edited = await member.SubmitAsync($"/opportunites/{id}/modifier", "opportunity-form", fields);
        var status = await member.PressAsync(id, "statut", new() { ["status"] = "Exploring" });
        var page = await member.GetAsync($"/opportunites/{id}");
        var print = await member.GetAsync($"/opportunites/{id}/imprimer");

        Assert.Equal($"/opportunites/{id}?fait=enregistree", edited.Redirect);
        Assert.Equal(HttpStatusCode.Redirect, status.Status);
        Assert.Equal("En exploration", page.Html.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Contains("Des locaux vacants en mutation", page.Html.QuerySelector("[data-testid=fact-kind]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Roubaix (Nord)", page.Html.QuerySelector("[data-testid=fact-place]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("12 000 €", page.Html.QuerySelector("[data-testid=fact-budget]")!.TextContent.Trim().Replace('\u202f', ' ').Replace('\u00a0', ' '));
        var history = page.Html.QuerySelectorAll("[data-testid=history-item]").Select(li => li.TextContent).ToList();
        Assert.Equal(3, history.Count);
        Assert.Contains("statut : Repérée → En exploration", history[0], StringComparison.Ordinal);
        Assert.Contains("modifié : Descriptif de l'opportunité", history[1], StringComparison.Ordinal);
        Assert.Contains("Camille Martin", history[2], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, print.Status);
        Assert.Contains("Une conciergerie solidaire, portée par les habitants.", print.Html.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_place_that_names_several_communes_is_chosen_from_a_list()
    {
        using var member = await app.MemberOfNewStructureAsync("homonymes");
        var fields = OpportunityArrange.FileFields("Atelier partagé");
        fields["Input.Place"] = "Saint-Denis";

        var refused = await member.SubmitAsync("/opportunites/nouvelle", "opportunity-form", fields);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Plusieurs lieux portent ce nom", refused.Message, StringComparison.Ordinal);
        Assert.True(refused.Html.QuerySelectorAll("[data-testid=place-candidates] input[type=radio]").Length > 1);
    }

    [Fact]
    public async Task The_calls_of_the_file_territory_and_theme_are_suggested_with_their_reasons_and_pinned_until_unpinned()
    {
        var near = await app.App.PublishCallAsync("Fonds pour les conciergeries solidaires du Nord", "dep:59", "economie-sociale-solidaire", daysLeft: 3);
        var far = await app.App.PublishCallAsync("Fonds pour les conciergeries solidaires de la Somme", "dep:80", "economie-sociale-solidaire");
        using var member = await app.MemberOfNewStructureAsync("suggestions");
        var id = await member.NewFileAsync("Conciergerie solidaire à Roubaix");

        var page = await member.GetAsync($"/opportunites/{id}");
        var suggested = page.Html.QuerySelectorAll("[data-testid=call-suggestion]");
        var card = suggested.Single(c => c.GetAttribute("data-id") == near.Id.ToString());
        var reasons = card.QuerySelectorAll("[data-testid=reason]").Select(r => r.TextContent.Trim()).ToList();
        var pinned = await member.PressAsync(id, "epingler", new() { ["kind"] = "appel", ["target"] = near.Id.ToString() });
        var afterPin = await member.GetAsync($"/opportunites/{id}");
        var pin = afterPin.Html.QuerySelector("[data-testid=pinned-calls] [data-testid=pin]")!;
        var unpinned = await member.PressAsync(id, "desepingler", new() { ["pin"] = pin.QuerySelector("input[name=pin]")!.GetAttribute("value")! });
        var afterUnpin = await member.GetAsync($"/opportunites/{id}");

        Assert.DoesNotContain(suggested, c => c.GetAttribute("data-id") == far.Id.ToString());
        Assert.Contains("Territoire couvert : Nord", reasons);
        Assert.Contains("Thèmes en commun : Économie sociale et solidaire", reasons);
        Assert.Contains("Ouvert aux porteurs de type « Association »", reasons);
        Assert.Contains(reasons, r => r.StartsWith("Date limite : ", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, pinned.Status);
        Assert.Equal(near.Id.ToString(), pin.GetAttribute("data-target"));
        Assert.Contains("Territoire couvert : Nord", pin.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, unpinned.Status);
        Assert.NotNull(afterUnpin.Html.QuerySelector("[data-testid=pinned-calls-empty]"));
        var history = afterUnpin.Html.QuerySelectorAll("[data-testid=history-item]").Select(li => li.TextContent).ToList();
        Assert.Contains(history, h => h.Contains("appel retenu : " + near.Title, StringComparison.Ordinal));
        Assert.Contains(history, h => h.Contains("n'est plus retenu : " + near.Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Experiences_that_resemble_the_file_are_suggested_and_can_be_pinned()
    {
        using var member = await app.MemberOfNewStructureAsync("ressemblances");
        var id = await member.NewFileAsync("Pôle d'économie sociale et solidaire dans des cellules commerciales vides");

        var page = await member.GetAsync($"/opportunites/{id}");
        var first = page.Html.QuerySelector("[data-testid=experience-suggestion]")!;
        await member.PressAsync(id, "epingler", new() { ["kind"] = "experience", ["target"] = first.GetAttribute("data-id")! });
        var after = await member.GetAsync($"/opportunites/{id}");

        Assert.Contains(first.QuerySelectorAll("[data-testid=reason]"), r => r.TextContent.Contains("ESS et innovation sociale", StringComparison.Ordinal));
        Assert.Equal(first.GetAttribute("data-id"), after.Html.QuerySelector("[data-testid=pinned-experiences] [data-testid=pin]")!.GetAttribute("data-target"));
    }

    [Fact]
    public async Task Launching_a_campaign_creates_the_carriers_draft_prefilled_from_the_file()
    {
        using var member = await app.MemberOfNewStructureAsync("campagne");
        var id = await member.NewFileAsync("Conciergerie de quartier de l'Alma");

        var launched = await member.PressAsync(id, "lancer-campagne");
        var campaignId = Guid.Parse(launched.Redirect!.Split('/')[3]);
        var draftPage = await member.GetAsync(launched.Redirect);
        var again = await member.PressAsync(id, "lancer-campagne");
        var campaign = await app.WithStoreAsync(services => services.GetRequiredService<CampaignService>().FindAsync(campaignId));

        Assert.Equal($"/prets/mes-campagnes/{campaignId}/modifier", launched.Redirect);
        Assert.Equal(HttpStatusCode.OK, draftPage.Status);
        Assert.Equal("Conciergerie de quartier de l'Alma", draftPage.Html.QuerySelector("input[name='Input.Title']")!.GetAttribute("value"));
        Assert.Equal(launched.Redirect, again.Redirect);
        Assert.NotNull(campaign);
        Assert.Equal(CampaignState.Draft, campaign.State);
        Assert.Equal(1_200_000, campaign.GoalCents);
        Assert.Equal("com:59512", campaign.Territory);
        Assert.Contains("Une conciergerie de quartier pourrait reprendre les locaux vacants", campaign.StoryHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<h3>", campaign.StoryHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_as_an_experience_creates_a_draft_sheet_that_nobody_else_sees()
    {
        using var member = await app.MemberOfNewStructureAsync("partage");
        var id = await member.NewFileAsync("Conciergerie partagée du Pile");

        var published = await member.PressAsync(id, "publier-experience");
        var sheetId = Guid.Parse(published.Redirect!.Split('/')[3]);
        var sheet = await app.WithStoreAsync(services => services.GetRequiredService<ExperienceService>().FindAsync(sheetId));
        using var visitor = app.NewVisitor();
        var publicPage = await visitor.GetAsync($"/experiences/{sheet!.Slug}");

        Assert.Equal($"/experiences/fiches/{sheetId}/modifier", published.Redirect);
        Assert.Equal(ExperienceState.Draft, sheet.State);
        Assert.Equal("com:59512", sheet.TerritoryCode);
        Assert.Contains(ExperienceThemes.SocialEconomy, sheet.ThemeSlugs);
        Assert.Equal(HttpStatusCode.NotFound, publicPage.Status);
    }

    [Fact]
    public async Task Every_member_of_a_structure_sees_the_files_of_the_structure()
    {
        var (counsellor, moderator) = await app.StaffOfNewStructureAsync();
        using (counsellor)
        using (moderator)
        {
            var id = await counsellor.NewFileAsync("Friche de la filature");

            var list = await moderator.GetAsync("/opportunites");
            var file = await moderator.GetAsync($"/opportunites/{id}");

            Assert.Contains(list.Html.QuerySelectorAll("[data-testid=opportunity-item]"), item => item.GetAttribute("data-id") == id.ToString());
            Assert.Equal(HttpStatusCode.OK, file.Status);
        }
    }
}

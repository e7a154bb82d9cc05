using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Structures;
using Plateforme.Accounts.Users;
using Plateforme.Lending.Accompaniments;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.CallModeration;
using Plateforme.Web.Tests.Lending;
using static Plateforme.Web.Tests.Structures.StructureArrange;

namespace Plateforme.Web.Tests.Structures;

/// <summary>
/// A platform moderator, or a structure's own staff for a campaign of its territory, assigns the accompanying
/// structure; its conseillers get one e-mail with the link to the accompaniment page, however often it is chosen.
/// </summary>
[Collection(CallModerationCollection.Name)]
public sealed class AccompanimentAssignmentTests(AccountsApp app)
{
    private const string Subject = "Nouvelle campagne à accompagner : ";

    private Task<string> EmailOfAsync(Guid userId) =>
        app.WithStoreAsync(async services => (await services.GetRequiredService<UserManager<PlatformUser>>().FindByIdAsync(userId.ToString()))!.Email!);

    [Fact]
    public async Task A_platform_moderator_assigns_a_structure_and_its_conseillers_are_told_once_with_the_link()
    {
        var somme = await app.StructureAsync("Initiative Somme", StructureKind.InitiativePlatform, "dep:80");
        var seine = await app.StructureAsync("Maison des associations", StructureKind.MaisonDesAssociations, SeineSaintDenis);
        var (_, counsellorId) = await app.StaffAsync(somme, StaffRole.Counsellor, "Corinne Conseil");
        var (_, moderatorId) = await app.StaffAsync(somme, StaffRole.Moderator, "Marc Modère");
        var carrierId = await app.NewCarrierAsync("Paul Porteur");
        var title = CallModerationArrange.Unique("Boulangerie d'Amiens");
        var campaign = await app.SubmittedCampaignAsync(carrierId, Amiens, title);
        using var admin = await CallModerationArrange.ModeratorAsync(app);
        var path = $"/structures/attribuer/{campaign.Id}";

        var review = await admin.GetAsync($"/moderation/prets/{campaign.Id}");
        var page = await admin.GetAsync(path);
        var offered = page.Html.QuerySelectorAll("[data-testid=assign-form] option").Select(o => o.GetAttribute("value")).ToList();
        var assigned = await admin.SubmitAsync(path, "assign-form", new Dictionary<string, string> { ["Choice"] = somme.Id.ToString() });
        var again = await admin.SubmitAsync(path, "assign-form", new Dictionary<string, string> { ["Choice"] = somme.Id.ToString() });
        var after = await admin.GetAsync(assigned.Location!.PathAndQuery);
        var mails = (await app.Mailbox.ToAsync(await EmailOfAsync(counsellorId))).Where(m => m.Subject == Subject + title).ToList();
        var moderatorMails = (await app.Mailbox.ToAsync(await EmailOfAsync(moderatorId))).Where(m => m.Subject == Subject + title).ToList();

        Assert.Equal(path, review.Html.QuerySelector("[data-testid=assign-structure-link]")!.GetAttribute("href"));
        Assert.Contains(somme.Id.ToString(), offered);
        Assert.DoesNotContain(seine.Id.ToString(), offered);
        Assert.Equal(HttpStatusCode.Redirect, assigned.Status);
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Contains("Initiative Somme", after.Html.QuerySelector("[data-testid=assign-current]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("prévenus par e-mail", after.Html.QuerySelector("[data-testid=form-message]")!.TextContent, StringComparison.Ordinal);
        var mail = Assert.Single(mails);
        Assert.Contains("Amiens", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal($"/structures/{somme.Slug}/accompagnements/{campaign.Id}", Mailbox.LinkTo(mail, $"/structures/{somme.Slug}/accompagnements/{campaign.Id}").AbsolutePath);
        Assert.Empty(moderatorMails);
    }

    [Fact]
    public async Task A_structure_takes_on_a_campaign_of_its_territory_and_another_structure_can_neither_see_nor_forge_it()
    {
        var region = await app.StructureAsync("France Active Hauts-de-France", StructureKind.FranceActive, "reg:32");
        var somme = await app.StructureAsync("Initiative Somme", StructureKind.InitiativePlatform, "dep:80");
        var seine = await app.StructureAsync("Maison des associations", StructureKind.MaisonDesAssociations, SeineSaintDenis);
        var (sommeCounsellor, sommeCounsellorId) = await app.StaffAsync(somme, StaffRole.Counsellor, "Corinne Conseil");
        var (regionModerator, _) = await app.StaffAsync(region, StaffRole.Moderator, "Régine Région");
        var (seineAdmin, _) = await app.StaffAsync(seine, StaffRole.Administrator, "Denise Saint-Denis");
        var carrierId = await app.NewCarrierAsync("Paula Porteuse");
        var title = CallModerationArrange.Unique("Café d'Amiens");
        var campaign = await app.SubmittedCampaignAsync(carrierId, Amiens, title);
        var path = $"/structures/attribuer/{campaign.Id}";

        var dashboard = await sommeCounsellor.GetAsync($"/structures/{somme.Slug}/tableau-de-bord");
        var seineDashboard = await seineAdmin.GetAsync($"/structures/{seine.Slug}/tableau-de-bord");
        var regionPage = await regionModerator.GetAsync(path);
        var regionOffered = regionPage.Html.QuerySelectorAll("[data-testid=assign-form] option").Select(o => o.GetAttribute("value")).ToList();
        var seinePage = await seineAdmin.GetAsync(path);
        // The form as the région's moderator sees it, posted by Seine-Saint-Denis with a token of its own.
        var fields = CallModerationArrange.HiddenFields(regionPage, "assign-form");
        fields["__RequestVerificationToken"] = (await seineAdmin.GetAsync("/compte")).Html.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        fields["Choice"] = seine.Id.ToString();
        var forged = await seineAdmin.PostAsync(path, fields);
        var afterForgery = await AccompanimentOfAsync(campaign.Id);
        var taken = await sommeCounsellor.SubmitAsync(path, "assign-form", new Dictionary<string, string> { ["Choice"] = somme.Id.ToString() });
        var after = await sommeCounsellor.GetAsync(taken.Location!.PathAndQuery);

        Assert.NotNull(dashboard.Html.QuerySelector($"[data-testid=waiting-campaign][data-campaign='{campaign.Id}']"));
        Assert.Null(seineDashboard.Html.QuerySelector($"[data-testid=waiting-campaign][data-campaign='{campaign.Id}']"));
        Assert.Equal([region.Id.ToString()], regionOffered);
        Assert.Equal(HttpStatusCode.NotFound, seinePage.Status);
        Assert.NotEqual(HttpStatusCode.Redirect, forged.Status);
        Assert.Null(afterForgery);
        Assert.Equal(HttpStatusCode.Redirect, taken.Status);
        Assert.Equal(somme.Id, (await AccompanimentOfAsync(campaign.Id))!.StructureId);
        Assert.Equal($"/structures/{somme.Slug}/accompagnements/{campaign.Id}", after.Html.QuerySelector("[data-testid=open-accompaniment]")!.GetAttribute("href"));
        Assert.Single(await app.Mailbox.ToAsync(await EmailOfAsync(sommeCounsellorId)), m => m.Subject == Subject + title);
    }

    private Task<Accompaniment?> AccompanimentOfAsync(Guid campaignId) =>
        app.WithStoreAsync(services => services.GetRequiredService<AccompanimentService>().FindAsync(campaignId));
}

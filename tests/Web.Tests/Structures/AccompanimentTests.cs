using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Structures;
using Plateforme.Lending.Campaigns;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.CallModeration;
using Plateforme.Web.Tests.Lending;
using static Plateforme.Web.Tests.Structures.StructureArrange;

namespace Plateforme.Web.Tests.Structures;

/// <summary>
/// The carrier chooses Initiative Somme; the moderator cannot publish before the committee's favourable decision,
/// which the conseiller records with a prêt d'honneur; then the campaign goes online, shows its « effet levier », and
/// the structure's dashboard and public page list it.
/// </summary>
[Collection(CallModerationCollection.Name)]
public sealed class AccompanimentTests(AccountsApp app)
{
    [Fact]
    public async Task Publication_waits_for_the_structure_favourable_decision_and_the_structure_pages_then_show_the_campaign()
    {
        var somme = await app.StructureAsync("Initiative Somme", StructureKind.InitiativePlatform, "dep:80");
        var seine = await app.StructureAsync("Maison des associations", StructureKind.MaisonDesAssociations, SeineSaintDenis);
        var (counsellor, _) = await app.StaffAsync(somme, StaffRole.Counsellor, "Corinne Conseil");
        var (moderator, _) = await app.StaffAsync(somme, StaffRole.Moderator, "Marc Modère");
        var (foreignCounsellor, _) = await app.StaffAsync(seine, StaffRole.Counsellor, "Fanny Ailleurs");
        var carrierEmail = AccountFlows.NewEmail("porteur");
        using var carrier = await app.SignedInMemberAsync(carrierEmail, "Paul Porteur");
        var carrierId = await app.WithStoreAsync(async s => (await s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Plateforme.Accounts.Users.PlatformUser>>().FindByEmailAsync(carrierEmail))!.Id.ToString());
        var campaign = await app.SubmittedCampaignAsync(carrierId, Amiens, CallModerationArrange.Unique("Boulangerie d'Amiens"));

        var dashboard = await carrier.GetAsync($"/prets/mes-campagnes/{campaign.Id}");
        var offered = dashboard.Html.QuerySelectorAll("[data-testid=choose-structure-form] option").Select(o => o.GetAttribute("value")).ToList();
        var chosen = await carrier.SubmitAsync($"/prets/mes-campagnes/{campaign.Id}", "choose-structure-form", new Dictionary<string, string> { ["Choice"] = somme.Id.ToString() });
        var early = await moderator.SubmitAsync($"/moderation/prets/{campaign.Id}", "publish-form", new Dictionary<string, string>());
        var accompanimentPath = $"/structures/{somme.Slug}/accompagnements/{campaign.Id}";
        var foreign = await foreignCounsellor.GetAsync(accompanimentPath);
        await counsellor.SubmitAsync(accompanimentPath, "meeting-form", new Dictionary<string, string> { ["Meeting.On"] = "2026-11-20", ["Meeting.Note"] = "Étude du prévisionnel." });
        await counsellor.SubmitAsync(accompanimentPath, "financing-form", new Dictionary<string, string> { ["Financing.Kind"] = "PretDHonneur", ["Financing.Amount"] = "8 000", ["Financing.Provider"] = "Initiative Somme" });
        var decided = await counsellor.SubmitAsync(accompanimentPath, "decision-form", new Dictionary<string, string> { ["Decision.CommitteeDate"] = "2026-11-22", ["Decision.Decision"] = "Favourable" });
        var published = await moderator.SubmitAsync($"/moderation/prets/{campaign.Id}", "publish-form", new Dictionary<string, string>());
        var page = await app.NewVisitor().GetAsync($"/prets/{campaign.Id}");
        var structureDashboard = await counsellor.GetAsync($"/structures/{somme.Slug}/tableau-de-bord");
        var publicPage = await app.NewVisitor().GetAsync($"/structures/{somme.Slug}");
        var statistics = await app.NewVisitor().GetAsync($"/structures/{somme.Slug}/statistiques");

        Assert.Contains(somme.Id.ToString(), offered);
        Assert.DoesNotContain(seine.Id.ToString(), offered);
        Assert.Equal(HttpStatusCode.Redirect, chosen.Status);
        Assert.Equal(HttpStatusCode.OK, early.Status);
        Assert.Contains("avis favorable du comité", early.Html.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
        Assert.Equal(HttpStatusCode.Redirect, decided.Status);
        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        Assert.Contains("Initiative Somme", page.Html.QuerySelector("[data-testid=leverage]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("8 000 €", LendingArrange.Plain(page.Html.QuerySelector("[data-testid=leverage]")!.TextContent), StringComparison.Ordinal);
        var row = structureDashboard.Html.QuerySelector($"[data-testid=structure-campaign][data-campaign='{campaign.Id}']")!;
        Assert.Equal(nameof(CampaignState.Published), row.GetAttribute("data-state"));
        Assert.Equal("avis favorable", row.QuerySelector("[data-testid=campaign-decision]")!.TextContent.Trim());
        Assert.NotNull(publicPage.Html.QuerySelector($"[data-testid=public-campaign][data-campaign='{campaign.Id}']"));
        Assert.Equal("1", statistics.Html.QuerySelector("[data-testid=state-count][data-state=Published]")!.TextContent.Trim());
        Assert.Equal("8 000 €", LendingArrange.Plain(statistics.Html.QuerySelector("[data-testid=figure-leveraged]")!.TextContent));
    }

    [Fact]
    public async Task An_unfavourable_decision_needs_its_reason_and_keeps_the_campaign_offline()
    {
        var somme = await app.StructureAsync("Initiative Somme", StructureKind.InitiativePlatform, "dep:80");
        var (counsellor, _) = await app.StaffAsync(somme, StaffRole.Counsellor, "Corinne Conseil");
        var carrierId = await app.NewCarrierAsync("Paula Porteuse");
        var campaign = await app.SubmittedCampaignAsync(carrierId, Amiens, CallModerationArrange.Unique("Café associatif"));
        await app.WithStoreAsync(s => s.GetRequiredService<Plateforme.Lending.Accompaniments.AccompanimentService>().ChooseAsync(campaign.Id, somme.Id));
        var path = $"/structures/{somme.Slug}/accompagnements/{campaign.Id}";

        var withoutReason = await counsellor.SubmitAsync(path, "decision-form", new Dictionary<string, string> { ["Decision.CommitteeDate"] = "2026-11-22", ["Decision.Decision"] = "Unfavourable" });
        var refused = await counsellor.SubmitAsync(path, "decision-form", new Dictionary<string, string> { ["Decision.CommitteeDate"] = "2026-11-22", ["Decision.Decision"] = "Unfavourable", ["Decision.Note"] = "Marché non étudié." });
        var publish = () => app.WithStoreAsync(s => s.GetRequiredService<CampaignService>().PublishAsync(campaign.Id, LendingArrange.ModeratorId));

        Assert.Equal(HttpStatusCode.OK, withoutReason.Status);
        Assert.Contains("indiquez le motif", withoutReason.Html.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.Status);
        var error = await Assert.ThrowsAsync<Plateforme.Lending.Validation.LendingValidationException>(publish);
        Assert.Contains("avis favorable", string.Join(" ", error.Errors.SelectMany(e => e.Value)), StringComparison.Ordinal);
    }
}

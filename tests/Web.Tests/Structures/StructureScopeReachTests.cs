using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Structures;
using Plateforme.Experiences.Sheets;
using Plateforme.Lending.Campaigns;
using Plateforme.Lending.Photos;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.CallModeration;
using Plateforme.Web.Tests.Lending;
using static Plateforme.Web.Tests.Structures.StructureArrange;

namespace Plateforme.Web.Tests.Structures;

/// <summary>
/// Beyond the moderation queues: a campaign's private photos, a loan's documents and the experience sheets follow
/// the same scope. Staff of the Hauts-de-France (région), the Somme (inside it) and Seine-Saint-Denis (apart).
/// </summary>
[Collection(CallModerationCollection.Name)]
public sealed class StructureScopeReachTests(AccountsApp app)
{
    private sealed record Staff(AccountClient Region, AccountClient Somme, AccountClient Seine);

    private async Task<Staff> StaffAsync()
    {
        var region = await app.StructureAsync("France Active Hauts-de-France", StructureKind.FranceActive, "reg:32");
        var somme = await app.StructureAsync("Initiative Somme", StructureKind.InitiativePlatform, "dep:80");
        var seine = await app.StructureAsync("Maison des associations de Saint-Denis", StructureKind.MaisonDesAssociations, SeineSaintDenis);
        return new Staff(
            (await app.StaffAsync(region, StaffRole.Moderator, "Régine Région")).Client,
            (await app.StaffAsync(somme, StaffRole.Moderator, "Samuel Somme")).Client,
            (await app.StaffAsync(seine, StaffRole.Moderator, "Denise Saint-Denis")).Client);
    }

    [Fact]
    public async Task A_submitted_campaign_private_photo_is_served_to_the_moderators_of_its_territory_only()
    {
        var staff = await StaffAsync();
        var carrierId = await app.NewCarrierAsync("Paul Porteur");
        var photoId = await app.WithStoreAsync(async services =>
        {
            var campaigns = services.GetRequiredService<CampaignService>();
            var draft = await campaigns.CreateDraftAsync(LendingArrange.Draft(carrierId, CallModerationArrange.Unique("Fournil d'Amiens")) with { Territory = Amiens });
            var photo = await services.GetRequiredService<PhotoService>().AddAsync(draft.Id, carrierId, PhotoSamples.JpegWithGps, "La vitrine");
            await campaigns.SubmitAsync(draft.Id, carrierId);
            return photo.Id;
        });

        var region = await staff.Region.GetAsync($"/prets/photos/{photoId}");
        var somme = await staff.Somme.GetAsync($"/prets/photos/{photoId}");
        var seine = await staff.Seine.GetAsync($"/prets/photos/{photoId}");

        Assert.Equal(HttpStatusCode.OK, region.Status);
        Assert.Equal(HttpStatusCode.OK, somme.Status);
        Assert.StartsWith("image/", somme.ContentType, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, seine.Status);
    }

    [Fact]
    public async Task A_loan_document_opens_for_the_moderators_of_the_campaign_territory_and_is_not_found_for_others()
    {
        var staff = await StaffAsync();
        var carrierId = await app.NewCarrierAsync("Paula Porteuse");
        var campaign = await app.PublishedAsync(LendingArrange.Draft(carrierId, CallModerationArrange.Unique("Café d'Abbeville")) with { Territory = Amiens });
        var (lender, lenderId) = await app.MemberAsync("Jeanne Dupont");
        using var _ = lender;
        var pledge = await app.LendAsync(campaign.Id, lenderId, 10_000);

        var own = await lender.GetAsync($"/prets/mes-prets/{pledge.Id}/fiche");
        var somme = await staff.Somme.GetAsync($"/prets/mes-prets/{pledge.Id}/fiche");
        var seine = await staff.Seine.GetAsync($"/prets/mes-prets/{pledge.Id}/fiche");
        var seinePdf = await staff.Seine.GetAsync($"/prets/mes-prets/{pledge.Id}/contrat.pdf");

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Equal(HttpStatusCode.OK, somme.Status);
        Assert.Contains("Jeanne Dupont", somme.Html.QuerySelector("[data-testid=document-terms]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, seine.Status);
        Assert.Equal(HttpStatusCode.NotFound, seinePdf.Status);
    }

    [Fact]
    public async Task Experience_sheets_are_queued_reviewed_and_published_by_the_moderators_of_their_commune_only()
    {
        var staff = await StaffAsync();
        var amiens = await SubmittedSheetAsync(Amiens);
        var saintDenis = await SubmittedSheetAsync("com:93066");

        var sommeQueue = await staff.Somme.GetAsync("/moderation/experiences");
        var regionQueue = await staff.Region.GetAsync("/moderation/experiences");
        var seineQueue = await staff.Seine.GetAsync("/moderation/experiences");
        var foreignReview = await staff.Seine.GetAsync($"/moderation/experiences/{amiens}");
        var ownReview = await staff.Somme.GetAsync($"/moderation/experiences/{amiens}");
        var forged = await staff.Seine.PostAsync($"/moderation/experiences/{amiens}", CallModerationArrange.HiddenFields(ownReview, "publish-form"));
        var stateAfterForgery = await SheetStateAsync(amiens);
        var published = await staff.Somme.SubmitAsync($"/moderation/experiences/{amiens}", "publish-form", new Dictionary<string, string>());

        Assert.Equal([amiens], Queued(sommeQueue, amiens, saintDenis));
        Assert.Equal([amiens], Queued(regionQueue, amiens, saintDenis));
        Assert.Equal([saintDenis], Queued(seineQueue, amiens, saintDenis));
        Assert.Contains("Somme", sommeQueue.Html.QuerySelector("[data-testid=scope-notice]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreignReview.Status);
        Assert.Equal(HttpStatusCode.OK, ownReview.Status);
        Assert.NotEqual(HttpStatusCode.Redirect, forged.Status);
        Assert.Equal(ExperienceState.Submitted, stateAfterForgery);
        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        Assert.Equal(ExperienceState.Published, await SheetStateAsync(amiens));
    }

    private static Guid[] Queued(AccountClient.Page queue, params Guid[] among) =>
        among.Where(id => queue.Html.QuerySelector($"[data-testid=queue-item][data-id='{id}']") is not null).ToArray();

    private Task<ExperienceState> SheetStateAsync(Guid id) =>
        app.WithStoreAsync(async services => (await services.GetRequiredService<ExperienceService>().FindAsync(id))!.State);

    private Task<Guid> SubmittedSheetAsync(string commune) =>
        app.WithStoreAsync(async services =>
        {
            var sheets = services.GetRequiredService<ExperienceService>();
            var author = new ExperienceActor(Guid.NewGuid(), [], IsModerator: false);
            var input = new ExperienceInput
            {
                Title = CallModerationArrange.Unique("Une épicerie solidaire à " + commune),
                Summary = "Une épicerie de quartier tenue par des habitants, avec des prix adaptés aux revenus.",
                TerritoryCode = commune,
                Themes = [ExperienceThemes.LocalShops],
                CarrierName = "Association Les Voisins",
            };
            var saved = await sheets.SaveDraftAsync(null, input, author);
            Assert.True(saved.Succeeded, string.Join(" ", saved.Problems));
            var submitted = await sheets.SubmitAsync(saved.Sheet!.Id, author);
            Assert.True(submitted.Succeeded, string.Join(" ", submitted.Problems));
            return saved.Sheet.Id;
        });
}

using System.Net;
using Plateforme.Accounts.Structures;
using Plateforme.Lending.Campaigns;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Moderation;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.CallModeration;
using Plateforme.Web.Tests.Lending;
using static Plateforme.Web.Tests.Structures.StructureArrange;

namespace Plateforme.Web.Tests.Structures;

/// <summary>
/// Three structures: one for the Hauts-de-France, one for the Somme inside it, one for Seine-Saint-Denis. Each one's
/// moderator sees and decides, on every moderation page, only what lies inside its territories; the platform's
/// administrator sees everything.
/// </summary>
[Collection(CallModerationCollection.Name)]
public sealed class ScopedModerationTests(AccountsApp app)
{
    private sealed record World(
        AccountClient Region, AccountClient Somme, AccountClient Paris,
        Guid AmiensCall, Guid OiseCall, Guid ParisCall);

    private async Task<World> ArrangeAsync()
    {
        var region = await app.StructureAsync("France Active Hauts-de-France", StructureKind.FranceActive, "reg:32");
        var somme = await app.StructureAsync("Initiative Somme", StructureKind.InitiativePlatform, "dep:80");
        var paris = await app.StructureAsync("Maison des associations de Saint-Denis", StructureKind.MaisonDesAssociations, SeineSaintDenis);
        var amiens = await app.CallInAsync(Amiens);
        var oise = await app.CallInAsync(Oise);
        var seine = await app.CallInAsync(SeineSaintDenis);
        return new World(
            (await app.StaffAsync(region, StaffRole.Moderator, "Régine Région")).Client,
            (await app.StaffAsync(somme, StaffRole.Moderator, "Samuel Somme")).Client,
            (await app.StaffAsync(paris, StaffRole.Administrator, "Denise Saint-Denis")).Client,
            amiens.Id, oise.Id, seine.Id);
    }

    private static HashSet<Guid> QueuedCalls(AccountClient.Page queue, params Guid[] among) =>
        among.Where(id => queue.Html.QuerySelector($"[data-testid=queue-item][data-call='{id}']") is not null).ToHashSet();

    [Fact]
    public async Task Each_structure_queue_holds_the_calls_of_its_territories_and_the_administrator_sees_them_all()
    {
        var world = await ArrangeAsync();
        using var admin = await CallModerationArrange.ModeratorAsync(app);
        Guid[] all = [world.AmiensCall, world.OiseCall, world.ParisCall];

        var region = await world.Region.GetAsync("/moderation/appels");
        var somme = await world.Somme.GetAsync("/moderation/appels");
        var paris = await world.Paris.GetAsync("/moderation/appels");
        var whole = await admin.GetAsync("/moderation/appels");

        Assert.Equal([world.AmiensCall, world.OiseCall], QueuedCalls(region, all));
        Assert.Equal([world.AmiensCall], QueuedCalls(somme, all));
        Assert.Equal([world.ParisCall], QueuedCalls(paris, all));
        Assert.Equal(all.ToHashSet(), QueuedCalls(whole, all));
        Assert.Contains("Somme", somme.Html.QuerySelector("[data-testid=scope-notice]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(whole.Html.QuerySelector("[data-testid=scope-notice]"));
    }

    [Fact]
    public async Task A_call_outside_the_scope_is_not_found_and_its_approval_changes_nothing()
    {
        var world = await ArrangeAsync();

        var foreign = await world.Somme.GetAsync($"/moderation/appels/{world.OiseCall}");
        var nested = await world.Region.GetAsync($"/moderation/appels/{world.AmiensCall}");
        var tokens = CallModerationArrange.HiddenFields(nested, "approve-form");
        var refused = await world.Somme.PostAsync($"/moderation/appels/{world.OiseCall}", tokens);

        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
        Assert.Equal(HttpStatusCode.OK, nested.Status);
        Assert.NotEqual(HttpStatusCode.Redirect, refused.Status);
        Assert.Equal(ModerationState.ToReview, (await app.CallAsync(world.OiseCall)).State);
        Assert.Empty(await app.RecordsAsync(world.OiseCall));
    }

    [Fact]
    public async Task A_structure_moderator_publishes_a_call_of_its_scope_and_only_its_journal_shows_the_decision()
    {
        var world = await ArrangeAsync();

        var approved = await world.Somme.SubmitAsync($"/moderation/appels/{world.AmiensCall}", "approve-form", new Dictionary<string, string>());
        var sommeJournal = await world.Somme.GetAsync("/moderation/journal");
        var regionJournal = await world.Region.GetAsync("/moderation/journal");
        var parisJournal = await world.Paris.GetAsync("/moderation/journal");

        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        Assert.Equal(ModerationState.Published, (await app.CallAsync(world.AmiensCall)).State);
        Assert.NotNull(sommeJournal.Html.QuerySelector($"[data-testid=journal-row][data-call='{world.AmiensCall}']"));
        Assert.NotNull(regionJournal.Html.QuerySelector($"[data-testid=journal-row][data-call='{world.AmiensCall}']"));
        Assert.Null(parisJournal.Html.QuerySelector($"[data-testid=journal-row][data-call='{world.AmiensCall}']"));
        Assert.All(parisJournal.Html.QuerySelectorAll("[data-testid=journal-row]"), row => Assert.NotEqual(world.AmiensCall.ToString(), row.GetAttribute("data-call")));
    }

    [Fact]
    public async Task A_source_change_of_another_territory_is_neither_queued_nor_reachable()
    {
        var world = await ArrangeAsync();
        var published = await app.CallInAsync(Oise, ModerationState.Published);
        var change = new Plateforme.Search.Catalogue.CallChange
        {
            CallId = published.Id, At = PlateformeApp.Now, Actor = "crawler:region-hdf", Kind = Plateforme.Search.Catalogue.CallChangeKind.PendingReview,
            DiffJson = new System.Text.Json.Nodes.JsonObject { ["Title"] = new System.Text.Json.Nodes.JsonObject { ["before"] = published.Title, ["after"] = "Titre corrigé" } }.ToJsonString(),
        };
        await app.SaveAsync(change);

        var sommeQueue = await world.Somme.GetAsync("/moderation/appels");
        var regionQueue = await world.Region.GetAsync("/moderation/appels");
        var sommePage = await world.Somme.GetAsync($"/moderation/appels/modifications/{change.Id}");
        var regionPage = await world.Region.GetAsync($"/moderation/appels/modifications/{change.Id}");
        var sommeApply = await world.Somme.PostAsync($"/moderation/appels/modifications/{change.Id}", CallModerationArrange.HiddenFields(regionPage, "apply-form"));

        Assert.Null(sommeQueue.Html.QuerySelector($"[data-change='{change.Id}']"));
        Assert.NotNull(regionQueue.Html.QuerySelector($"[data-change='{change.Id}']"));
        Assert.Equal(HttpStatusCode.NotFound, sommePage.Status);
        Assert.Equal(HttpStatusCode.OK, regionPage.Status);
        Assert.NotEqual(HttpStatusCode.Redirect, sommeApply.Status);
        Assert.Equal(published.Title, (await app.CallAsync(published.Id)).Title);
    }

    [Fact]
    public async Task Campaigns_follow_the_same_scope_on_the_lending_board_and_their_decision_page()
    {
        var world = await ArrangeAsync();
        var carrier = await app.NewCarrierAsync("Karim Porteur");
        var amiens = await app.SubmittedCampaignAsync(carrier, Amiens, CallModerationArrange.Unique("Atelier vélo Amiens"));
        var seine = await app.SubmittedCampaignAsync(carrier, SeineSaintDenis, CallModerationArrange.Unique("Épicerie Saint-Denis"));

        var sommeBoard = await world.Somme.GetAsync("/moderation/prets");
        var parisBoard = await world.Paris.GetAsync("/moderation/prets");
        var foreign = await world.Somme.GetAsync($"/moderation/prets/{seine.Id}");
        var own = await world.Paris.GetAsync($"/moderation/prets/{seine.Id}");
        var forged = await world.Somme.PostAsync($"/moderation/prets/{seine.Id}", CallModerationArrange.HiddenFields(own, "publish-form"));

        Assert.NotNull(sommeBoard.Html.QuerySelector($"[data-testid=review-item][data-campaign='{amiens.Id}']"));
        Assert.Null(sommeBoard.Html.QuerySelector($"[data-testid=review-item][data-campaign='{seine.Id}']"));
        Assert.Null(parisBoard.Html.QuerySelector($"[data-testid=review-item][data-campaign='{amiens.Id}']"));
        Assert.Null(sommeBoard.Html.QuerySelector("[data-testid=withdrawals-form]"));
        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.NotEqual(HttpStatusCode.Redirect, forged.Status);
        var stored = await app.WithStoreAsync(services => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<CampaignService>(services).FindAsync(seine.Id));
        Assert.Equal(CampaignState.Submitted, stored!.State);
    }

    [Theory]
    [InlineData("/moderation/appels")]
    [InlineData("/moderation/journal")]
    [InlineData("/moderation/prets")]
    [InlineData("/admin/structures")]
    public async Task A_counsellor_does_not_moderate(string path)
    {
        var somme = await app.StructureAsync("Initiative Somme", StructureKind.InitiativePlatform, "dep:80");
        var (counsellor, _) = await app.StaffAsync(somme, StaffRole.Counsellor, "Colette Conseil");

        var page = await counsellor.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
    }
}

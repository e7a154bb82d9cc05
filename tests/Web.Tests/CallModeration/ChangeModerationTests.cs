using System.Net;
using System.Text.Json.Nodes;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Moderation;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.CallModeration;

/// <summary>Values a source proposes for a published call wait with a before/after diff; a moderator applies or discards them.</summary>
[Collection(CallModerationCollection.Name)]
public sealed class ChangeModerationTests(AccountsApp app)
{
    [Fact]
    public async Task A_proposed_change_is_shown_field_by_field_and_applied_to_the_published_call()
    {
        var (call, change) = await PublishedWithProposalAsync();
        using var moderator = await app.ModeratorAsync();

        var queue = await moderator.GetAsync("/moderation/appels");
        var page = await moderator.GetAsync($"/moderation/appels/modifications/{change.Id}");
        var applied = await moderator.SubmitAsync($"/moderation/appels/modifications/{change.Id}", "apply-form", new Dictionary<string, string>());
        var after = await moderator.GetAsync(applied.Redirect!);
        var stored = await app.CallAsync(call.Id);
        var record = Assert.Single(await app.RecordsAsync(call.Id));

        Assert.NotNull(queue.Html.QuerySelector($"[data-testid=queue-changes] [data-change='{change.Id}']"));
        var title = page.Html.QuerySelector("[data-testid=diff-row][data-field=Title]")!;
        Assert.Equal(("Titre", call.Title, "Titre corrigé par la source"), (title.QuerySelector("th")!.TextContent.Trim(),
            title.QuerySelector("[data-testid=diff-before]")!.TextContent.Trim(), title.QuerySelector("[data-testid=diff-after]")!.TextContent.Trim()));
        var amount = page.Html.QuerySelector("[data-testid=diff-row][data-field=MaxAmountCents]")!;
        Assert.Equal("(vide)", amount.QuerySelector("[data-testid=diff-before]")!.TextContent.Trim());
        Assert.Matches(@"^15\s000\s€$", amount.QuerySelector("[data-testid=diff-after]")!.TextContent.Trim());
        Assert.Equal("Thématiques", page.Html.QuerySelector("[data-testid=diff-row][data-field=Themes] th")!.TextContent.Trim());
        Assert.Equal("La modification est appliquée.", after.Message);
        Assert.Null(after.Html.QuerySelector($"[data-change='{change.Id}']"));
        Assert.Equal(("Titre corrigé par la source", 1_500_000L), (stored.Title, stored.MaxAmountCents!.Value));
        Assert.Equal(ModerationState.Published, stored.State);
        Assert.Empty(stored.ModeratorEditedFields);
        Assert.Equal((ModerationAction.ChangeApplied, (long?)change.Id), (record.Action, record.ChangeId));
    }

    [Fact]
    public async Task A_discarded_change_leaves_the_call_as_published_and_is_journaled_with_its_reason()
    {
        var (call, change) = await PublishedWithProposalAsync();
        using var moderator = await app.ModeratorAsync();

        var discarded = await moderator.SubmitAsync($"/moderation/appels/modifications/{change.Id}", "discard-form",
            new Dictionary<string, string> { ["Discard.Reason"] = "La source confond deux appels." });
        var reopened = await moderator.GetAsync($"/moderation/appels/modifications/{change.Id}");
        var stored = await app.CallAsync(call.Id);
        var record = Assert.Single(await app.RecordsAsync(call.Id));

        Assert.Equal(HttpStatusCode.Redirect, discarded.Status);
        Assert.Equal(HttpStatusCode.Redirect, reopened.Status);
        Assert.Equal(call.Title, stored.Title);
        Assert.Null(stored.MaxAmountCents);
        Assert.Equal((ModerationAction.ChangeDiscarded, "La source confond deux appels."), (record.Action, record.Reason));
    }

    [Fact]
    public async Task Only_the_newest_proposal_of_a_source_waits_in_the_queue()
    {
        var (call, older) = await PublishedWithProposalAsync();
        var newer = Proposal(call, """{"Summary":{"before":"Trouvé par le robot.","after":"Un résumé plus récent."}}""");
        await app.SaveAsync(newer);
        using var moderator = await app.ModeratorAsync();

        var queue = await moderator.GetAsync("/moderation/appels");

        Assert.Null(queue.Html.QuerySelector($"[data-change='{older.Id}']"));
        Assert.NotNull(queue.Html.QuerySelector($"[data-change='{newer.Id}']"));
    }

    private async Task<(FundingCall Call, CallChange Change)> PublishedWithProposalAsync()
    {
        var call = CallModerationArrange.CrawledCall(CallModerationArrange.Unique("Appel publié"), ModerationState.Published);
        await app.SaveAsync(call);
        var change = Proposal(call, new JsonObject
        {
            ["Title"] = new JsonObject { ["before"] = call.Title, ["after"] = "Titre corrigé par la source" },
            ["MaxAmountCents"] = new JsonObject { ["before"] = null, ["after"] = 1_500_000 },
            ["Themes"] = new JsonObject { ["before"] = new JsonArray("emploi-insertion"), ["after"] = new JsonArray("emploi-insertion", "culture-patrimoine") },
        }.ToJsonString());
        await app.SaveAsync(change);
        return (call, change);
    }

    private static CallChange Proposal(FundingCall call, string diff) => new()
    {
        CallId = call.Id,
        At = PlateformeApp.Now,
        Actor = "crawler:region-hdf",
        Kind = CallChangeKind.PendingReview,
        Reason = "Modification proposée par la source, en attente de validation",
        DiffJson = diff,
    };
}

using System.Net;
using Plateforme.Search.Catalogue;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.CallModeration;

namespace Plateforme.Web.Tests.CallsTrue;

/// <summary>A funder keeps its published call true: dates at once, other changes through review, « Clôturer » at once.</summary>
[Collection(CallModerationCollection.Name)]
public sealed class PublishedCallEditTests(AccountsApp app)
{
    [Fact]
    public async Task A_funders_text_change_waits_for_review_then_a_moderator_applies_it()
    {
        using var funder = await app.FunderAsync("Fondation Horizon");
        var title = CallModerationArrange.Unique("Appel jardins");
        var callId = await app.PublishedCallAsync(funder, title);
        var editor = $"{funder.CallsPath}/{callId}";

        var posted = await funder.Client.SubmitAsync(editor, "call-form", CallsTrueArrange.Edited(title + " (nouvelle version)", "modifier",
            ("Input.Summary", "Un résumé réécrit par le financeur.")));
        var after = await funder.Client.GetAsync(posted.Redirect!);
        var unchanged = await app.CallAsync(callId);
        var change = Assert.Single(await app.PendingAsync(callId));
        using var moderator = await app.ModeratorAsync();
        var queue = await moderator.GetAsync("/moderation/appels");
        var review = await moderator.GetAsync($"/moderation/appels/modifications/{change.Id}");
        var applied = await moderator.SubmitAsync($"/moderation/appels/modifications/{change.Id}", "apply-form", new Dictionary<string, string>());
        var stored = await app.CallAsync(callId);

        Assert.EndsWith("?fait=revue", posted.Redirect, StringComparison.Ordinal);
        Assert.StartsWith("Vos modifications sont transmises aux modérateurs", after.Message, StringComparison.Ordinal);
        Assert.NotNull(after.Html.QuerySelector("[data-testid=awaiting-review]"));
        Assert.Equal(title, unchanged.Title);
        Assert.NotNull(queue.Html.QuerySelector($"[data-testid=queue-changes] [data-change='{change.Id}']"));
        Assert.DoesNotContain("organisation:", queue.Html.QuerySelector("[data-testid=queue-changes]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(title + " (nouvelle version)", review.Html.QuerySelector("[data-testid=diff-row][data-field=Title] [data-testid=diff-after]")!.TextContent.Trim());
        Assert.Null(review.Html.QuerySelector("[data-testid=diff-row][data-field=Deadline]"));
        Assert.Equal(HttpStatusCode.Redirect, applied.Status);
        Assert.Equal((title + " (nouvelle version)", "Un résumé réécrit par le financeur."), (stored.Title, stored.Summary));
        Assert.Empty(await app.PendingAsync(callId));
    }

    [Fact]
    public async Task A_postponed_deadline_is_live_at_once_in_the_catalogue_and_the_search()
    {
        using var funder = await app.FunderAsync("Fondation Prolonge");
        var word = "prolongo" + Guid.NewGuid().ToString("N")[..6];
        var title = "Appel " + word;
        var callId = await app.PublishedCallAsync(funder, title);

        var posted = await funder.Client.SubmitAsync($"{funder.CallsPath}/{callId}", "call-form",
            CallsTrueArrange.Edited(title, "modifier", ("Input.Deadline", "2027-05-31")));
        var stored = await app.CallAsync(callId);
        var search = await app.SearchAsync(word, json => json.GetProperty("hits").EnumerateArray()
            .Any(h => h.GetProperty("id").GetGuid() == callId && h.GetProperty("deadline").GetString() == "2027-05-31"), "the postponed deadline in the search");

        Assert.EndsWith("?fait=dates", posted.Redirect, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 5, 31), stored.Deadline);
        Assert.Empty(await app.PendingAsync(callId));
        Assert.Contains(stored.History, h => h.Kind == CallChangeKind.Updated && h.DiffJson!.Contains("2027-05-31", StringComparison.Ordinal));
        Assert.Equal(1, search.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Closing_a_call_shows_it_closed_at_once_and_the_dashboard_lists_it_with_its_actions()
    {
        using var funder = await app.FunderAsync("Fondation Clôture");
        var title = CallModerationArrange.Unique("Appel à clore");
        var callId = await app.PublishedCallAsync(funder, title);

        var dashboard = await funder.Client.GetAsync("/mes-appels");
        var closed = await funder.Client.SubmitAsync($"{funder.CallsPath}/{callId}", "close-form", new Dictionary<string, string>());
        var stored = await app.CallAsync(callId);
        var page = await app.NewVisitor().GetAsync($"/appels/{stored.Slug}");
        var editor = await funder.Client.GetAsync(closed.Redirect!);

        var row = dashboard.Html.QuerySelector($"[data-testid=published-row][data-call='{callId}']")!;
        Assert.NotNull(row.QuerySelector("[data-testid=edit-published]"));
        Assert.NotNull(row.QuerySelector("[data-testid=close-published]"));
        Assert.EndsWith("?fait=cloture", closed.Redirect, StringComparison.Ordinal);
        Assert.Equal((new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 22)), (stored.ClosedOn!.Value, stored.Deadline!.Value));
        Assert.Equal("Clos", page.Html.QuerySelector("[data-testid=call-status]")!.TextContent.Trim());
        Assert.NotNull(page.Html.QuerySelector("[data-testid=call-closed-early]"));
        Assert.Null(editor.Html.QuerySelector("[data-testid=close-form]"));
        Assert.NotNull(editor.Html.QuerySelector("[data-testid=closed-on]"));
    }
}

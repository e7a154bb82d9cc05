using System.Net;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Moderation;
using Plateforme.Testing;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.CallModeration;

/// <summary>The funders' calls and their moderation on PostgreSQL, the catalogue migrated from scratch by the application.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCallModerationTests(ThrowawayPostgres postgres) : IAsyncLifetime
{
    private AccountsApp app = null!;

    public async Task InitializeAsync() => app = new AccountsApp(new Dictionary<string, string?>
    {
        ["Database:Provider"] = "PostgreSql",
        ["Database:ConnectionString"] = await postgres.CreateDatabaseAsync(),
    });

    [Fact]
    public async Task Submit_approve_search_refuse_and_journal_on_PostgreSQL()
    {
        using var funder = await app.FunderAsync("Fondation Postgres");
        var word = "septentrion" + Guid.NewGuid().ToString("N")[..6];
        var approvedId = await funder.SubmitCallAsync("Appel " + word);
        var refusedId = await funder.SubmitCallAsync(CallModerationArrange.Unique("Appel à refuser"));
        using var moderator = await app.ModeratorAsync();

        var queue = await moderator.GetAsync("/moderation/appels");
        var approved = await moderator.SubmitAsync($"/moderation/appels/{approvedId}", "approve-form", new Dictionary<string, string>());
        var refused = await moderator.SubmitAsync($"/moderation/appels/{refusedId}", "reject-form", new Dictionary<string, string> { ["Reject.Reason"] = "Hors du champ de la plateforme." });
        var journal = await moderator.GetAsync("/moderation/journal");
        var list = await funder.Client.GetAsync(funder.CallsPath);

        Assert.Equal(HttpStatusCode.OK, queue.Status);
        Assert.Equal(2, queue.Html.QuerySelectorAll("[data-testid=queue-submitted] [data-testid=queue-item]").Length);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (approved.Status, refused.Status));
        await app.AssertEventuallySearchableAsync(word, approvedId);
        Assert.Equal(ModerationState.Published, (await app.CallAsync(approvedId)).State);
        Assert.Equal(("Hors du champ de la plateforme.", ModerationState.Rejected), ((await app.CallAsync(refusedId)).RejectionReason, (await app.CallAsync(refusedId)).State));
        Assert.Single(await app.Mailbox.ToAsync(funder.Email), m => m.Subject == "Votre appel est publié");
        Assert.Single(await app.Mailbox.ToAsync(funder.Email), m => m.Subject == "Votre appel n'a pas été publié");
        Assert.Equal(2, journal.Html.QuerySelectorAll("[data-testid=journal-row]").Length);
        Assert.Equal("Refusé", list.Html.QuerySelector($"[data-call='{refusedId}'] [data-testid=call-row-state]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_source_proposal_is_applied_once_on_PostgreSQL()
    {
        var call = CallModerationArrange.CrawledCall(CallModerationArrange.Unique("Publié sur PostgreSQL"), ModerationState.Published);
        await app.SaveAsync(call);
        var change = new CallChange
        {
            CallId = call.Id,
            At = PlateformeApp.Now,
            Actor = "crawler:region-hdf",
            Kind = CallChangeKind.PendingReview,
            DiffJson = """{"Deadline":{"before":"2027-02-15","after":"2027-03-01"},"Summary":{"before":"Trouvé par le robot.","after":"Résumé revu."}}""",
        };
        await app.SaveAsync(change);
        using var moderator = await app.ModeratorAsync();
        var stale = CallModerationArrange.HiddenFields(await moderator.GetAsync($"/moderation/appels/modifications/{change.Id}"), "apply-form");

        var applied = await moderator.SubmitAsync($"/moderation/appels/modifications/{change.Id}", "apply-form", new Dictionary<string, string>());
        var again = await moderator.PostAsync($"/moderation/appels/modifications/{change.Id}", stale);
        var stored = await app.CallAsync(call.Id);

        Assert.Equal(HttpStatusCode.Redirect, applied.Status);
        Assert.Equal("/moderation/appels?fait=deja", again.Redirect);
        Assert.Equal((new DateOnly(2027, 3, 1), "Résumé revu."), (stored.Deadline!.Value, stored.Summary));
        Assert.Equal(ModerationAction.ChangeApplied, Assert.Single(await app.RecordsAsync(call.Id)).Action);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();
}

using System.Net;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Moderation;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.CallModeration;

/// <summary>The moderation queue: approve, correct then approve, refuse with a reason; the submitter is told by e-mail.</summary>
[Collection(CallModerationCollection.Name)]
public sealed class ModerationTests(AccountsApp app)
{
    [Fact]
    public async Task An_approved_call_is_published_searchable_mailed_to_its_submitter_and_journaled()
    {
        using var funder = await app.FunderAsync("Fondation Lumière");
        var word = "zephyrine" + Guid.NewGuid().ToString("N")[..6];
        var callId = await funder.SubmitCallAsync("Appel " + word);
        using var moderator = await app.ModeratorAsync();

        var queue = await moderator.GetAsync("/moderation/appels");
        var review = await moderator.GetAsync($"/moderation/appels/{callId}");
        var approved = await moderator.SubmitAsync($"/moderation/appels/{callId}", "approve-form", new Dictionary<string, string>());
        var after = await moderator.GetAsync(approved.Redirect!);
        var stored = await app.CallAsync(callId);
        var mail = await app.Mailbox.SingleAsync(funder.Email, "Votre appel est publié");
        var journal = await moderator.GetAsync("/moderation/journal");
        var status = await funder.Client.GetAsync($"{funder.CallsPath}/{callId}");

        Assert.NotNull(queue.Html.QuerySelector($"[data-testid=queue-submitted] [data-call='{callId}']"));
        Assert.Equal("Proposé par l'organisation Fondation Lumière", review.Html.QuerySelector("[data-testid=review-origin]")!.TextContent.Trim());
        Assert.NotNull(review.Html.QuerySelector("[data-testid=call-preview]"));
        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        Assert.Equal("L'appel est publié.", after.Message);
        Assert.Null(after.Html.QuerySelector($"[data-call='{callId}']"));
        Assert.Equal(ModerationState.Published, stored.State);
        Assert.Equal(PlateformeApp.Now, stored.PublishedAt);
        await app.AssertEventuallySearchableAsync(word, callId);
        Assert.Contains($"/appels/{stored.Slug}", mail.TextBody, StringComparison.Ordinal);
        var row = journal.Html.QuerySelector($"[data-testid=journal-row][data-call='{callId}']")!;
        Assert.Equal("Publication", row.QuerySelector("[data-testid=journal-what]")!.TextContent.Trim());
        Assert.Equal("Publié", status.Html.QuerySelector("[data-testid=call-state]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await app.NewVisitor().GetAsync($"/appels/{stored.Slug}")).Status);
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_which_the_organisation_sees_and_receives_and_it_may_submit_again()
    {
        using var funder = await app.FunderAsync();
        var title = CallModerationArrange.Unique("À refuser");
        var callId = await funder.SubmitCallAsync(title);
        using var moderator = await app.ModeratorAsync();

        var withoutReason = await moderator.SubmitAsync($"/moderation/appels/{callId}", "reject-form", new Dictionary<string, string> { ["Reject.Reason"] = "  " });
        var refused = await moderator.SubmitAsync($"/moderation/appels/{callId}", "reject-form",
            new Dictionary<string, string> { ["Reject.Reason"] = "La date limite est déjà passée sur votre site." });
        var list = await funder.Client.GetAsync(funder.CallsPath);
        var mail = await app.Mailbox.SingleAsync(funder.Email, "Votre appel n'a pas été publié");
        var resubmitted = await funder.Client.SubmitAsync($"{funder.CallsPath}/{callId}", "call-form", CallModerationArrange.CallFields(title));
        var records = await app.RecordsAsync(callId);

        Assert.Equal(HttpStatusCode.OK, withoutReason.Status);
        Assert.Equal("Indiquez le motif du refus.", withoutReason.Html.QuerySelector("[data-testid=field-error][data-field=Reason]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, refused.Status);
        var row = list.Html.QuerySelector($"[data-testid=call-row][data-call='{callId}']")!;
        Assert.Equal("Refusé", row.QuerySelector("[data-testid=call-row-state]")!.TextContent.Trim());
        Assert.Contains("La date limite est déjà passée sur votre site.", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("La date limite est déjà passée sur votre site.", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(Mailbox.LinkTo(mail, $"{funder.CallsPath}/{callId}").AbsolutePath, $"{funder.CallsPath}/{callId}");
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.Status);
        Assert.Equal(ModerationState.ToReview, (await app.CallAsync(callId)).State);
        var record = Assert.Single(records);
        Assert.Equal((ModerationAction.Rejected, "La date limite est déjà passée sur votre site.", (Guid?)await AdminIdAsync()), (record.Action, record.Reason, record.ModeratorId));
    }

    [Fact]
    public async Task Corrected_fields_are_published_and_protected_from_later_crawls()
    {
        using var funder = await app.FunderAsync();
        var title = CallModerationArrange.Unique("À corriger");
        var callId = await funder.SubmitCallAsync(title);
        using var moderator = await app.ModeratorAsync();
        var fields = CallModerationArrange.CallFields(title + " — version relue");
        fields["Input.MaxAmount"] = "25000";
        fields["Input.Description"] = "Premier paragraphe.\r\n\r\nSecond paragraphe avec <script>alert(1)</script> du texte.";

        var posted = await moderator.SubmitAsync($"/moderation/appels/{callId}", "edit-form", fields);
        var stored = await app.CallAsync(callId);
        var record = Assert.Single(await app.RecordsAsync(callId));
        var journal = await moderator.GetAsync("/moderation/journal");

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        Assert.Equal(ModerationState.Published, stored.State);
        Assert.Equal(title + " — version relue", stored.Title);
        Assert.Equal(2_500_000, stored.MaxAmountCents);
        Assert.Equal(["MaxAmountCents", "Title"], stored.ModeratorEditedFields.Order(StringComparer.Ordinal));
        Assert.Equal(ModerationAction.EditedAndApproved, record.Action);
        var why = journal.Html.QuerySelector($"[data-testid=journal-row][data-call='{callId}'] [data-testid=journal-why]")!.TextContent;
        Assert.Contains("Montant maximum", why, StringComparison.Ordinal);
        Assert.Contains("Titre", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_imported_to_review_is_in_the_queue_and_can_be_published()
    {
        var word = "boreale" + Guid.NewGuid().ToString("N")[..6];
        var call = CallModerationArrange.CrawledCall("Appel importé " + word, ModerationState.ToReview);
        await app.SaveAsync(call);
        using var moderator = await app.ModeratorAsync();
        using var secondModerator = await app.ModeratorAsync();

        var queue = await moderator.GetAsync("/moderation/appels");
        var review = await moderator.GetAsync($"/moderation/appels/{call.Id}");
        var stale = CallModerationArrange.HiddenFields(await secondModerator.GetAsync($"/moderation/appels/{call.Id}"), "approve-form");
        var approved = await moderator.SubmitAsync($"/moderation/appels/{call.Id}", "approve-form", new Dictionary<string, string>());
        var again = await secondModerator.PostAsync($"/moderation/appels/{call.Id}", stale);

        Assert.Contains("region-hdf", queue.Html.QuerySelector($"[data-testid=queue-imported] [data-call='{call.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Importé par le robot", review.Html.QuerySelector("[data-testid=review-origin]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("Un autre modérateur a déjà traité cet élément.", again.Message);
        Assert.NotNull(again.Html.QuerySelector("[data-testid=not-waiting]"));
        await app.AssertEventuallySearchableAsync(word, call.Id);
        Assert.Single(await app.RecordsAsync(call.Id));
    }

    private Task<Guid> AdminIdAsync() =>
        app.WithStoreAsync(async services =>
            (await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Plateforme.Accounts.Users.PlatformUser>>(services)
                .FindByEmailAsync(AccountsApp.AdminEmail))!.Id);
}

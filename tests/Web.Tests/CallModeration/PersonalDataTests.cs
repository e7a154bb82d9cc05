using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Users;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.CallModeration;

/// <summary>RGPD: deleting an account keeps the moderation journal and the calls, but nothing points to the person any more.</summary>
[Collection(CallModerationCollection.Name)]
public sealed class PersonalDataTests(AccountsApp app)
{
    [Fact]
    public async Task A_deleted_moderator_stays_in_the_journal_as_a_deleted_account_and_a_deleted_submitter_is_forgotten()
    {
        using var funder = await app.FunderAsync();
        var title = CallModerationArrange.Unique("Avant suppression");
        var callId = await funder.SubmitCallAsync(title);
        var export = await funder.Client.Http.GetStringAsync("/compte/donnees");
        var moderatorEmail = AccountFlows.NewEmail("moderatrice");
        // The role is read at sign-in: the account becomes a moderator before the session used below.
        (await app.SignedInMemberAsync(moderatorEmail, "Maud Moderatrice")).Dispose();
        var moderatorId = await app.WithStoreAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<PlatformUser>>();
            var user = (await users.FindByEmailAsync(moderatorEmail))!;
            await users.AddToRoleAsync(user, PlatformRoles.Moderator);
            return user.Id;
        });
        using var moderator = app.NewVisitor();
        await moderator.SignInAsync(moderatorEmail, AccountFlows.Password);
        var refused = await moderator.SubmitAsync($"/moderation/appels/{callId}", "reject-form", new Dictionary<string, string> { ["Reject.Reason"] = "Doublon d'un appel déjà publié." });
        var before = await AdminJournalRowAsync(callId);

        var moderatorGone = await moderator.SubmitAsync("/compte/supprimer", "delete-form", new Dictionary<string, string> { ["Input.Password"] = AccountFlows.Password });
        var submitterGone = await funder.Client.SubmitAsync("/compte/supprimer", "delete-form", new Dictionary<string, string> { ["Input.Password"] = AccountFlows.Password });
        var after = await AdminJournalRowAsync(callId);
        var record = Assert.Single(await app.RecordsAsync(callId));
        var call = await app.CallAsync(callId);

        Assert.Contains(title, export, StringComparison.Ordinal);
        Assert.Contains("appelsEtModeration", export, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.Status);
        Assert.Equal("Maud Moderatrice", before);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (moderatorGone.Status, submitterGone.Status));
        Assert.Equal("Compte supprimé", after);
        Assert.Equal(("Doublon d'un appel déjà publié.", (Guid?)null), (record.Reason, record.ModeratorId));
        Assert.Null(call.SubmittedByUserId);
        Assert.Equal(funder.OrganisationId, call.SubmittedByOrganisationId);
        Assert.Contains(call.History, h => h.Actor == "moderator:anonyme");
        Assert.DoesNotContain(call.History, h => h.Actor.Contains(moderatorId.ToString(), StringComparison.Ordinal));
    }

    private async Task<string> AdminJournalRowAsync(Guid callId)
    {
        using var admin = await app.ModeratorAsync();
        var journal = await admin.GetAsync("/moderation/journal");
        return journal.Html.QuerySelector($"[data-testid=journal-row][data-call='{callId}'] [data-testid=journal-who]")!.TextContent.Trim();
    }
}

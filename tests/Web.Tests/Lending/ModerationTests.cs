using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Campaigns;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.LendingArrange;

namespace Plateforme.Web.Tests.Lending;

/// <summary>Moderators publish or refuse submitted campaigns; nobody else reaches these pages.</summary>
[Collection(LendingCollection.Name)]
public sealed class ModerationTests(AccountsApp app)
{
    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page()
    {
        using var visitor = app.NewVisitor();

        var page = await visitor.GetAsync("/moderation/prets");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/compte/connexion?retour=" + Uri.EscapeDataString("/moderation/prets"), page.Redirect);
    }

    [Fact]
    public async Task A_member_who_is_not_a_moderator_is_forbidden()
    {
        var carrierId = await app.NewCarrierAsync("Camille Martin");
        var submitted = await SubmittedAsync(carrierId, "Projet en relecture");
        using var member = await app.SignedInMemberAsync(AccountFlows.NewEmail("membre"));

        var list = await member.GetAsync("/moderation/prets");
        var decision = await member.GetAsync($"/moderation/prets/{submitted.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, list.Status);
        Assert.Equal(HttpStatusCode.Forbidden, decision.Status);
    }

    [Fact]
    public async Task A_moderator_publishes_a_submitted_campaign_which_then_appears_in_the_public_list()
    {
        var carrierId = await app.NewCarrierAsync("Atelier Vélo Solidaire");
        var title = "À publier " + Guid.NewGuid().ToString("N")[..6];
        var submitted = await SubmittedAsync(carrierId, title);
        using var moderator = await ModeratorAsync();

        var queue = await moderator.GetAsync("/moderation/prets");
        var posted = await moderator.SubmitAsync($"/moderation/prets/{submitted.Id}", "publish-form", new Dictionary<string, string>());
        var after = await moderator.GetAsync(posted.Redirect!);
        using var visitor = app.NewVisitor();
        var list = await visitor.GetAsync("/prets");

        Assert.NotNull(queue.Html.QuerySelector($"[data-testid=review-item][data-campaign='{submitted.Id}']"));
        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        Assert.Equal("La campagne est publiée.", after.Message);
        Assert.Null(after.Html.QuerySelector($"[data-campaign='{submitted.Id}']"));
        Assert.Equal(title, list.Html.QuerySelector($"[data-testid=campaign][data-campaign='{submitted.Id}'] [data-testid=campaign-title]")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_which_is_recorded_in_the_history()
    {
        var carrierId = await app.NewCarrierAsync("Camille Martin");
        var submitted = await SubmittedAsync(carrierId, "À refuser " + Guid.NewGuid().ToString("N")[..6]);
        using var moderator = await ModeratorAsync();

        var withoutReason = await moderator.SubmitAsync($"/moderation/prets/{submitted.Id}", "reject-form", new Dictionary<string, string> { ["Reject.Reason"] = " " });
        var refused = await moderator.SubmitAsync($"/moderation/prets/{submitted.Id}", "reject-form",
            new Dictionary<string, string> { ["Reject.Reason"] = "Le budget ne correspond pas au projet décrit." });

        Assert.Equal(HttpStatusCode.OK, withoutReason.Status);
        Assert.Contains("Indiquez le motif du refus.", withoutReason.Html.QuerySelectorAll(".validation-message").Select(m => m.TextContent.Trim()));
        Assert.Equal(HttpStatusCode.Redirect, refused.Status);
        var history = await app.WithStoreAsync(services => services.GetRequiredService<CampaignService>().GetHistoryAsync(submitted.Id));
        var last = history.OrderBy(h => h.At).Last();
        Assert.Equal((CampaignState.Rejected, "Le budget ne correspond pas au projet décrit."), (last.To, last.Reason));
    }

    private Task<Campaign> SubmittedAsync(string carrierId, string title) =>
        app.WithStoreAsync(async services =>
        {
            var campaigns = services.GetRequiredService<CampaignService>();
            var created = await campaigns.CreateDraftAsync(Draft(carrierId, title));
            return await campaigns.SubmitAsync(created.Id, carrierId);
        });

    private async Task<AccountClient> ModeratorAsync()
    {
        var moderator = app.NewVisitor();
        await moderator.SignInAsync(AccountsApp.AdminEmail, AccountsApp.AdminPassword);
        return moderator;
    }
}

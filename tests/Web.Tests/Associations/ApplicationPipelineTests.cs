using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Alerts.Applications;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.Alerts;

namespace Plateforme.Web.Tests.Associations;

/// <summary>Following calls for an organisation, moving applications along, reminders before deadlines, and other organisations kept out.</summary>
[Collection(AlertsCollection.Name)]
public sealed class ApplicationPipelineTests(AlertsApp app)
{
    [Fact]
    public async Task A_followed_call_moves_through_the_pipeline_and_the_money_obtained_counts_this_year()
    {
        using var member = await app.MemberWithAssociationAsync("Pipeline Amiens");
        await member.SaveProfileAsync(AssociationArrange.Amiens, "sport");
        var call = await app.App.CallAsync("Suivi " + AlertFlows.NewWord(), "reg:32", "sport", "association", 30);
        var matching = await member.Client.GetAsync(member.Matching);

        var followed = await member.Client.PostFormAsync(matching, $"follow-{call.Id}");
        var again = await member.Client.GetAsync(followed.Redirect!);
        var applicationId = await ApplicationIdAsync(member, call.Id);
        var pipeline = await member.Client.GetAsync(member.Applications);
        var refused = await member.Client.PostFormAsync(pipeline, $"application-form-{applicationId}",
            new Dictionary<string, string> { ["status"] = "Preparing", ["notes"] = "Budget à finir", ["amount"] = "500" });
        var errors = await member.Client.GetAsync(refused.Redirect!);
        var won = await member.Client.PostFormAsync(pipeline, $"application-form-{applicationId}",
            new Dictionary<string, string> { ["status"] = "Won", ["notes"] = "Convention signée", ["amount"] = "12 500,50" });
        var organisation = await member.Client.GetAsync($"/organisations/{member.OrganisationId}");

        Assert.Contains("à étudier", again.Html.QuerySelector($"#appel-{call.Id} [data-testid=matching-followed]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("ToStudy", pipeline.Html.QuerySelector($"#candidature-{applicationId}")!.GetAttribute("data-status"));
        Assert.Contains("Le montant obtenu s'indique quand la candidature est « obtenue ».", errors.Html.QuerySelector("[data-testid=application-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{member.Applications}?enregistre={applicationId}#candidature-{applicationId}", won.Redirect);
        Assert.Equal("1250050", organisation.Html.QuerySelector("[data-testid=organisation-obtained]")!.GetAttribute("data-cents"));
        Assert.Contains("Obtenu en 2026 : 12 500,50 €", organisation.Html.QuerySelector("[data-testid=organisation-obtained]")!.TextContent.Replace('\u202f', ' ').Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.Contains("Obtenues (1)", organisation.Html.QuerySelector("[data-testid=organisation-pipeline]")!.TextContent, StringComparison.Ordinal);
        var stored = await app.Accounts.WithStoreAsync(services => services.GetRequiredService<ApplicationService>().FindAsync(member.OrganisationId, applicationId));
        Assert.Equal(("Convention signée", 1_250_050L), (stored!.Notes, stored.AmountObtainedCents!.Value));
    }

    [Fact]
    public async Task Deadline_reminders_go_out_once_at_J14_and_once_at_J3_even_after_a_restart()
    {
        using var member = await app.MemberWithAssociationAsync("Rappels Amiens");
        var call = await app.App.CallAsync("Rappel " + AlertFlows.NewWord(), "reg:32", "sport", "association", 14);
        var applicationId = await app.Accounts.WithStoreAsync(async services =>
        {
            var applications = services.GetRequiredService<ApplicationService>();
            var id = await applications.SaveAsync(member.OrganisationId, Guid.NewGuid(), new SavedCall(call.Id, call.Slug, call.Title, call.Deadline));
            await applications.UpdateAsync(member.OrganisationId, id, new ApplicationChange(ApplicationStatus.Preparing, null, null));
            return id;
        });

        // Moving the clock by days wakes every timer of the app: the test starts at J-14 and moves once.
        var at14 = await RunRemindersAsync();
        var at14Again = await RunRemindersAsync();
        var afterRestart = await RunRemindersWithANewRunnerAsync();
        app.App.Clock.Advance(TimeSpan.FromDays(11));
        var at3 = await RunRemindersAsync();
        var at3Again = await RunRemindersAsync();

        Assert.Equal((1, 0, 0, 1, 0), (at14, at14Again, afterRestart, at3, at3Again));
        Assert.Equal<(int?, int?, int?, int?, int?, int?)>((null, 14, 14, 3, 3, null), (ApplicationReminderRunner.DueThreshold(20), ApplicationReminderRunner.DueThreshold(14),
            ApplicationReminderRunner.DueThreshold(4), ApplicationReminderRunner.DueThreshold(3), ApplicationReminderRunner.DueThreshold(0), ApplicationReminderRunner.DueThreshold(-1)));
        var reminders = (await app.Mailbox.ToAsync(member.Email)).Where(m => (m.Subject ?? "").Contains(call.Title, StringComparison.Ordinal)).Select(m => m.Subject).ToList();
        Assert.Equal(new[] { $"J-14 : date limite de « {call.Title} »", $"J-3 : date limite de « {call.Title} »" }.Order(StringComparer.Ordinal),
            reminders.Order(StringComparer.Ordinal));
        Assert.NotEqual(Guid.Empty, applicationId);
    }

    [Fact]
    public async Task Another_organisation_s_members_neither_see_nor_change_its_applications()
    {
        using var owner = await app.MemberWithAssociationAsync("Gardée Amiens");
        using var stranger = await app.MemberWithAssociationAsync("Curieuse Amiens");
        var call = await app.App.CallAsync("Privé " + AlertFlows.NewWord(), "reg:32", "sport", "association", 30);
        var applicationId = await app.Accounts.WithStoreAsync(services =>
            services.GetRequiredService<ApplicationService>().SaveAsync(owner.OrganisationId, Guid.NewGuid(), new SavedCall(call.Id, call.Slug, call.Title, call.Deadline)));
        var strangersOwn = await stranger.Client.GetAsync(stranger.Applications);

        foreach (var path in new[] { owner.Applications, owner.Matching, owner.Profile, $"/organisations/{owner.OrganisationId}" })
        {
            var page = await stranger.Client.GetAsync(path);
            Assert.True(page.Status == HttpStatusCode.Forbidden, $"{path} answered {page.Status}");
            Assert.DoesNotContain(call.Title, page.Text, StringComparison.Ordinal);
        }
        var token = new Dictionary<string, string> { ["__RequestVerificationToken"] = strangersOwn.Html.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? Token(await stranger.Client.GetAsync(stranger.Matching)), ["status"] = "Refused" };
        var forged = await stranger.Client.PostAsync($"{owner.Applications}/{applicationId}", token);
        var throughOwn = await stranger.Client.PostAsync($"{stranger.Applications}/{applicationId}", token);
        var removal = await stranger.Client.PostAsync($"{stranger.Applications}/{applicationId}/retirer", token);

        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.Equal(HttpStatusCode.NotFound, throughOwn.Status);
        Assert.Equal(HttpStatusCode.NotFound, removal.Status);
        Assert.DoesNotContain(call.Title, strangersOwn.Text, StringComparison.Ordinal);
        var stored = await app.Accounts.WithStoreAsync(services => services.GetRequiredService<ApplicationService>().FindAsync(owner.OrganisationId, applicationId));
        Assert.Equal(ApplicationStatus.ToStudy, stored!.Status);
    }

    private static string Token(AccountClient.Page page) => page.Html.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private Task<int> RunRemindersAsync() => app.App.Services.GetRequiredService<ApplicationReminderRunner>().RunAsync();

    /// <summary>A fresh runner, as after a restart: only the database remembers what was sent.</summary>
    private async Task<int> RunRemindersWithANewRunnerAsync()
    {
        using var runner = ActivatorUtilities.CreateInstance<ApplicationReminderRunner>(app.App.Services);
        return await runner.RunAsync();
    }

    private Task<Guid> ApplicationIdAsync(AssociationArrange.Member member, Guid callId) =>
        app.Accounts.WithStoreAsync(async services =>
            (await services.GetRequiredService<ApplicationService>().ForCallAsync(member.OrganisationId, callId))!.Id);
}

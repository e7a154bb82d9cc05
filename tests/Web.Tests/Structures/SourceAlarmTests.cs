using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Accounts.Structures;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Store;
using Plateforme.Web.Admin.Sources.Alarms;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.CallModeration;

namespace Plateforme.Web.Tests.Structures;

/// <summary>
/// A source that turns « en échec » e-mails the platform's administrators and the staff of the structure an
/// administrator attached it to, once per change of state: a second look sends nothing, a recovery sends nothing,
/// and failing again is a new change.
/// </summary>
[Collection(CallModerationCollection.Name)]
public sealed class SourceAlarmTests(AccountsApp app)
{
    [Fact]
    public async Task A_failing_source_alarms_the_administrators_and_its_structure_once_per_change_of_state()
    {
        var source = app.App.Services.GetRequiredService<SourceRegistry>().Enabled[^1];
        var structure = await app.StructureAsync("Maison des associations d'Amiens", StructureKind.MaisonDesAssociations, "dep:80");
        var (_, moderatorId) = await app.StaffAsync(structure, StaffRole.Moderator, "Marc Modère");
        var (_, counsellorId) = await app.StaffAsync(structure, StaffRole.Counsellor, "Corinne Conseil");
        using var admin = await CallModerationArrange.ModeratorAsync(app);
        var attached = await admin.SubmitAsync($"/admin/sources/{source.Id}", "source-owner-form", new Dictionary<string, string> { ["Owner"] = structure.Id.ToString() });
        var monitor = app.App.Services.GetRequiredService<SourceAlarmMonitor>();

        await RunsAsync(source.Id, CrawlRunOutcome.Failed, 3, hoursAgo: 30);
        await monitor.CheckAsync();
        await monitor.CheckAsync();
        var afterFailure = await AlarmsAsync(source.Name);
        var ownerMails = await MailsAsync(moderatorId, source.Name);
        var counsellorMails = await MailsAsync(counsellorId, source.Name);
        await RunsAsync(source.Id, CrawlRunOutcome.Succeeded, 1, hoursAgo: 20);
        await monitor.CheckAsync();
        var afterRecovery = await AlarmsAsync(source.Name);
        await RunsAsync(source.Id, CrawlRunOutcome.Failed, 3, hoursAgo: 10);
        await monitor.CheckAsync();
        var afterSecondFailure = await AlarmsAsync(source.Name);

        Assert.Equal("C'est enregistré.", attached.Html.QuerySelector("[data-testid=owner-saved]")!.TextContent.Trim());
        var adminMail = Assert.Single(afterFailure.Admin);
        Assert.Equal($"Source « {source.Name} » : en échec", adminMail.Subject);
        Assert.Contains("le serveur a répondu 503", adminMail.TextBody, StringComparison.Ordinal);
        Assert.Equal($"/admin/sources/{source.Id}", Mailbox.LinkTo(adminMail, $"/admin/sources/{source.Id}").AbsolutePath);
        var ownerMail = Assert.Single(ownerMails);
        Assert.Contains("Maison des associations d'Amiens", ownerMail.TextBody, StringComparison.Ordinal);
        Assert.Empty(counsellorMails);
        Assert.Single(afterRecovery.Admin);
        Assert.Equal(2, afterSecondFailure.Admin.Count);
        Assert.Equal(2, (await MailsAsync(moderatorId, source.Name)).Count);
    }

    private async Task<(IReadOnlyList<MimeKit.MimeMessage> Admin, int Total)> AlarmsAsync(string sourceName)
    {
        var admin = (await app.Mailbox.ToAsync(AccountsApp.AdminEmail)).Where(m => (m.Subject ?? "").StartsWith($"Source « {sourceName} »", StringComparison.Ordinal)).ToList();
        return (admin, admin.Count);
    }

    private async Task<List<MimeKit.MimeMessage>> MailsAsync(Guid userId, string sourceName)
    {
        var email = await app.WithStoreAsync(async services =>
            (await services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Plateforme.Accounts.Users.PlatformUser>>().FindByIdAsync(userId.ToString()))!.Email!);
        return (await app.Mailbox.ToAsync(email)).Where(m => (m.Subject ?? "").StartsWith($"Source « {sourceName} »", StringComparison.Ordinal)).ToList();
    }

    private async Task RunsAsync(string sourceId, CrawlRunOutcome outcome, int count, int hoursAgo)
    {
        var contexts = app.App.Services.GetRequiredService<IDbContextFactory<CrawlerDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        for (var i = 0; i < count; i++)
        {
            var started = PlateformeApp.Now.AddHours(-hoursAgo).AddMinutes(i * 10);
            db.CrawlRuns.Add(new CrawlRun
            {
                SourceId = sourceId,
                StartedAt = started,
                EndedAt = started.AddMinutes(1),
                Outcome = outcome,
                ItemsFound = outcome == CrawlRunOutcome.Succeeded ? 12 : 0,
                Complete = outcome == CrawlRunOutcome.Succeeded,
                Errors = outcome == CrawlRunOutcome.Failed ? ["robots.txt injoignable : le serveur a répondu 503"] : [],
            });
        }

        await db.SaveChangesAsync();
    }
}

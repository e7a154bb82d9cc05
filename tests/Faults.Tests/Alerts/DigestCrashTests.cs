using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Alerts.Digests;
using Plateforme.Alerts.Store;
using Plateforme.Alerts.Subscriptions;
using Plateforme.Faults.Tests.Harness;
using Plateforme.Faults.Tests.Search;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Faults.Tests.Alerts;

/// <summary>
/// The real host is killed while an administrator's « envoyer maintenant » runs the alert digests: after a digest is
/// composed and committed but before it is sent, and after a digest's e-mail left but before it is marked sent.
/// After restarts and a second round of new calls, no subscriber has lost a call, none got a call in two digests,
/// and every digest's e-mail is in the pickup folder.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class DigestCrashTests(FaultsFixture fixture)
{
    private const int Subscribers = 3;
    private static readonly string[] Points = ["alerts.digest.after-compose#2", "alerts.digest.after-send#2"];

    [Theory]
    [InlineData("Sqlite")]
    public async Task Killed_during_digests_no_subscriber_loses_a_call_or_gets_one_twice(string provider)
    {
        // The collection runs its tests one at a time: the violations after this count are this test's.
        var violationsBefore = fixture.Figures.Violations.Count;
        await using var site = await fixture.SiteAsync(provider);
        var figures = fixture.Figures;
        var lives = new Lives(site, figures);
        var catalogue = new CatalogueWrites(site);

        var host = await lives.StartAsync();
        await catalogue.PublishAsync(20, perSave: 20, now: true);
        var alerts = await SubscribeAsync(site);
        await IndexedAsync(site, await catalogue.PublishedCountAsync());
        await lives.KillAsync(host);

        foreach (var point in Points)
        {
            host = await lives.StartAsync(point);
            await RunDigestsAsync(site);
            await lives.DiedAtPointAsync(host, point);
        }

        await using (var last = await lives.StartAsync())
        {
            await RunDigestsAsync(site);
            await catalogue.PublishAsync(10, perSave: 10, now: true);
            await IndexedAsync(site, await catalogue.PublishedCountAsync());
            await RunDigestsAsync(site);
        }

        var published = await PublishedIdsAsync(site);
        await using var db = await site.Services.GetRequiredService<IDbContextFactory<AlertsDbContext>>().CreateDbContextAsync();
        var digests = await db.Digests.AsNoTracking().ToListAsync();
        var calls = await db.DigestCalls.AsNoTracking().ToListAsync();
        var mails = Mailbox.All(site.MailFolder);
        foreach (var alert in alerts)
        {
            var received = calls.Where(c => c.AlertId == alert.Id).ToList();
            var lost = published.Except(received.Select(c => c.CallId)).Count();
            figures.Check(lost == 0, $"{provider}: subscriber {alert.Email} lost {lost} of {published.Count} calls");
            var twice = received.GroupBy(c => c.CallId).Count(g => g.Select(c => c.DigestId).Distinct().Count() > 1);
            figures.Check(twice == 0, $"{provider}: subscriber {alert.Email} got {twice} calls in two digests");
            var own = digests.Where(d => d.AlertId == alert.Id).ToList();
            figures.Check(own.Count >= 2 && own.All(d => d.SentAt is not null), $"{provider}: {alert.Email} has {own.Count} digests, {own.Count(d => d.SentAt is null)} never sent");
            var missing = own.Count(d => !mails.Any(m => m.MessageId == DigestSender.MessageId(d.Id)));
            figures.Check(missing == 0, $"{provider}: {missing} digests of {alert.Email} never reached the mailer");
        }

        Assert.Empty(fixture.Figures.Violations.Skip(violationsBefore));
    }

    private static async Task<List<Alert>> SubscribeAsync(FaultSite site)
    {
        // Arranged in the store as a confirmed subscription would leave them: active for a while, no digest yet.
        await using var db = await site.Services.GetRequiredService<IDbContextFactory<AlertsDbContext>>().CreateDbContextAsync();
        var alerts = Enumerable.Range(0, Subscribers).Select(i => new Alert
        {
            Email = $"abonne{i}-{Guid.NewGuid():N}@exemple.fr",
            Query = "",
            Description = "Tous les appels",
            Frequency = AlertFrequency.Daily,
            State = AlertState.Active,
            SiteUrl = site.Address.ToString(),
            UnsubscribeToken = Guid.NewGuid().ToString("N"),
            CreatedAt = DateTimeOffset.UtcNow.AddDays(-10),
            ConfirmedAt = DateTimeOffset.UtcNow.AddDays(-10),
            ActiveSince = DateTimeOffset.UtcNow.AddDays(-10),
        }).ToList();
        db.Alerts.AddRange(alerts);
        await db.SaveChangesAsync();
        return alerts;
    }

    /// <summary>« Envoyer maintenant » on the administrators' page; the host may die under it.</summary>
    private static async Task RunDigestsAsync(FaultSite site)
    {
        using var admin = new Visitor(site.Address);
        await admin.SignInAsync(FaultSite.AdminEmail, FaultSite.AdminPassword);
        try
        {
            await admin.SubmitAsync("/admin/alertes", "run-digests-form", new Dictionary<string, string>());
        }
        catch (HttpRequestException)
        {
            // Killed by the armed point while answering.
        }
    }

    private static Task IndexedAsync(FaultSite site, int published) => Eventually.TrueAsync(async () =>
    {
        using var visitor = new Visitor(site.Address);
        using var json = JsonDocument.Parse(await visitor.GetTextAsync("/api/calls?pageSize=1"));
        return json.RootElement.GetProperty("total").GetInt32() == published;
    }, "the new calls to be searchable");

    private static async Task<List<Guid>> PublishedIdsAsync(FaultSite site)
    {
        await using var db = await site.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>().CreateDbContextAsync();
        return await db.FundingCalls.Where(c => c.State == ModerationState.Published).Select(c => c.Id).ToListAsync();
    }
}

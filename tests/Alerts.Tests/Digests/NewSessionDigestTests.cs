using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Plateforme.Accounts;
using Plateforme.Alerts.Digests;
using Plateforme.Alerts.Mail;
using Plateforme.Alerts.Store;
using Plateforme.Alerts.Subscriptions;
using Plateforme.Data;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;
using Plateforme.Search.Indexing.Lucene;
using Plateforme.Search.Windows;

namespace Plateforme.Alerts.Tests.Digests;

/// <summary>
/// A call with two windows, already sent to an alert: when the window roller moves it on to its second window, the
/// next digest announces it once as « Nouvelle session » with the new dates. Real SQLite stores, real Lucene index.
/// </summary>
public sealed class NewSessionDigestTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 8, 0, 0, TimeSpan.Zero);
    private const string Everything = "?";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "plateforme-alerts-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly FakeTimeProvider clock = new(Now);
    private readonly LuceneSearchIndex index = new(new LuceneIndexOptions(), NullLogger<LuceneSearchIndex>.Instance);
    private IDbContextFactory<AlertsDbContext> contexts = null!;
    private IDbContextFactory<CatalogueDbContext> catalogue = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        catalogue = CatalogueDbContext.Store.CreateFactory(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "catalogue.db")}");
        await using (var db = await catalogue.CreateDbContextAsync()) await db.Database.MigrateAsync();
        contexts = AlertsDbContext.Store.CreateFactory(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "alerts.db")}");
        await using (var db = await contexts.CreateDbContextAsync()) await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        index.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_call_moving_on_to_its_second_window_is_announced_once_as_a_new_session()
    {
        var call = await PublishTwoWindowCallAsync("Fonds pour les projets de quartier");
        var alert = await SaveAlertAsync();
        var composer = Composer();

        await composer.ComposeAllNowAsync();
        var first = await DigestsOfAsync(alert.Id);
        Assert.Equal(["Fonds pour les projets de quartier"], first.Single().Calls.Select(c => c.Title));
        Assert.False(first.Single().Calls.Single().NewSession);

        // The first window closes on 15 December; on the 17th the roller moves the call on to its second window.
        clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await new CallWindowRoller(catalogue, clock, NullLogger<CallWindowRoller>.Instance).RollAsync());
        clock.Advance(TimeSpan.FromDays(1));
        await composer.ComposeAllNowAsync();

        var second = (await DigestsOfAsync(alert.Id)).Where(d => d.Id != first.Single().Id).ToList();
        var session = Assert.Single(Assert.Single(second).Calls);
        Assert.Equal((call.Id, true), (session.CallId, session.NewSession));
        Assert.Equal((new DateOnly(2027, 2, 1), new DateOnly(2027, 3, 31)), (session.OpensOn!.Value, session.Deadline!.Value));
        var mail = AlertMails.Digest(alert, second.Single(), new PublicSiteOptions { PublicAddress = new Uri("https://plateforme.example") });
        Assert.Contains("Nouvelle session : dépôt ouvert à partir du 1 février 2027", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Date limite : 31 mars 2027", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Nouvelle session", System.Net.WebUtility.HtmlDecode(mail.Html), StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromDays(1));
        await composer.ComposeAllNowAsync();
        Assert.Equal(2, (await DigestsOfAsync(alert.Id)).Count);
    }

    [Fact]
    public async Task A_call_first_received_after_its_window_opened_is_not_announced_again()
    {
        await PublishTwoWindowCallAsync("Appel déjà dans sa deuxième session");
        clock.Advance(TimeSpan.FromDays(7));
        await new CallWindowRoller(catalogue, clock, NullLogger<CallWindowRoller>.Instance).RollAsync();
        var alert = await SaveAlertAsync();
        var composer = Composer();

        await composer.ComposeAllNowAsync();
        clock.Advance(TimeSpan.FromDays(1));
        await composer.ComposeAllNowAsync();

        var digest = Assert.Single(await DigestsOfAsync(alert.Id));
        Assert.False(Assert.Single(digest.Calls).NewSession);
    }

    private async Task<FundingCall> PublishTwoWindowCallAsync(string title)
    {
        var id = Guid.NewGuid();
        var publishedAt = clock.GetUtcNow().AddHours(-2);
        var call = new FundingCall
        {
            Id = id,
            Slug = "appel-" + id.ToString("N")[..12],
            Title = title,
            Territory = "nat:FR",
            Windows = [new CallWindow(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 15)), new CallWindow(new DateOnly(2027, 2, 1), new DateOnly(2027, 3, 31))],
            OpensOn = new DateOnly(2026, 11, 1),
            Deadline = new DateOnly(2026, 12, 15),
            State = ModerationState.Published,
            PublishedAt = publishedAt,
            CreatedAt = publishedAt,
            UpdatedAt = publishedAt,
        };
        await using (var db = await catalogue.CreateDbContextAsync())
        {
            db.FundingCalls.Add(call);
            await db.SaveChangesAsync();
        }
        await index.UpsertAsync([new CallDocument
        {
            Id = id,
            Slug = call.Slug,
            Title = title,
            Territory = new LabelledValue("nat:FR", "France"),
            TerritoryPath = ["nat:FR"],
            Recurrence = "ponctuelle",
            OpensOn = call.OpensOn,
            Deadline = call.Deadline,
            PublishedAt = publishedAt,
        }]);
        await index.CommitAsync();
        return call;
    }

    private async Task<Alert> SaveAlertAsync()
    {
        var alert = new Alert
        {
            Email = "benevole@association.example",
            Query = Everything,
            Description = "Tous les appels",
            SiteUrl = "https://plateforme.example",
            UnsubscribeToken = Guid.NewGuid().ToString("N"),
            Frequency = AlertFrequency.Daily,
            State = AlertState.Active,
            CreatedAt = Now.AddDays(-3),
            ConfirmedAt = Now.AddDays(-3),
            ActiveSince = Now.AddDays(-3),
            Watermark = Now.AddDays(-1),
        };
        await using var db = await contexts.CreateDbContextAsync();
        db.Alerts.Add(alert);
        await db.SaveChangesAsync();
        return alert;
    }

    private async Task<List<AlertDigest>> DigestsOfAsync(Guid alertId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Digests.AsNoTracking().Include(d => d.Calls).Where(d => d.AlertId == alertId).ToListAsync();
    }

    private DigestComposer Composer() =>
        new(contexts, index, new EverySearch(), new OpenedWindows(catalogue), Options.Create(new AlertsOptions()), clock, NullLogger<DigestComposer>.Instance);

    /// <summary>The alert's saved search matches every call (status not filtered: a call between windows is « à venir »).</summary>
    private sealed class EverySearch : ISavedSearchReader
    {
        public Task<SearchQuery> ReadAsync(string queryString, CancellationToken cancellationToken = default) => Task.FromResult(new SearchQuery { Today = new DateOnly(2026, 12, 10) });
    }
}

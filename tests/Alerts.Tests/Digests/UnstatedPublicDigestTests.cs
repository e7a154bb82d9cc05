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
using Plateforme.Search.Indexing;
using Plateforme.Search.Indexing.Lucene;

namespace Plateforme.Alerts.Tests.Digests;

/// <summary>
/// An alert saved with a beneficiary or public filter: its digest lists the new matching calls, then the new calls
/// that state no beneficiary, marked « public non précisé » in the e-mail. Real SQLite, real Lucene index.
/// </summary>
public sealed class UnstatedPublicDigestTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private const string ForAssociations = "?beneficiary=association";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "plateforme-alerts-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly FakeTimeProvider clock = new(Now);
    private readonly LuceneSearchIndex index = new(new LuceneIndexOptions(), NullLogger<LuceneSearchIndex>.Instance);
    private IDbContextFactory<AlertsDbContext> contexts = null!;
    private IDbContextFactory<Plateforme.Search.Catalogue.Store.CatalogueDbContext> catalogue = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        catalogue = Plateforme.Search.Catalogue.Store.CatalogueDbContext.Store.CreateFactory(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "catalogue.db")}");
        await using (var catalogueDb = await catalogue.CreateDbContextAsync()) await catalogueDb.Database.MigrateAsync();
        contexts = AlertsDbContext.Store.CreateFactory(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "alerts.db")}");
        await using var db = await contexts.CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        index.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_digest_lists_matching_calls_first_then_the_calls_stating_no_beneficiary_marked()
    {
        await IndexAsync(
            Call("Pour les associations", hoursAgo: 5, "association"),
            Call("Sans bénéficiaire indiqué", hoursAgo: 1),
            Call("Pour les communes", hoursAgo: 2, "commune"),
            Call("Ancien et silencieux", hoursAgo: 24 * 30));
        var alert = await SaveAlertAsync(ForAssociations);

        await Composer(new Dictionary<string, SearchQuery> { [ForAssociations] = Search(["association"], includeUnstated: true) }).ComposeAllNowAsync();

        var digest = await DigestOfAsync(alert.Id);
        var calls = digest.Calls.OrderBy(c => c.Position).ToList();
        Assert.Equal(["Pour les associations", "Sans bénéficiaire indiqué"], calls.Select(c => c.Title));
        Assert.Equal([false, true], calls.Select(c => c.PublicUnstated));

        var mail = AlertMails.Digest(alert, digest, new PublicSiteOptions { PublicAddress = new Uri("https://plateforme.example") });
        var unstatedBlock = mail.Text[mail.Text.IndexOf("Sans bénéficiaire indiqué", StringComparison.Ordinal)..];
        Assert.Contains("Public non précisé", unstatedBlock, StringComparison.Ordinal);
        Assert.DoesNotContain("Public non précisé", mail.Text[..mail.Text.IndexOf("Sans bénéficiaire indiqué", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("Public non précisé", System.Net.WebUtility.HtmlDecode(mail.Html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_excluding_them_gets_the_matching_calls_alone()
    {
        await IndexAsync(Call("Pour les associations", hoursAgo: 5, "association"), Call("Sans bénéficiaire indiqué", hoursAgo: 1));
        var alert = await SaveAlertAsync(ForAssociations + "&unstated=exclude");

        await Composer(new Dictionary<string, SearchQuery> { [alert.Query] = Search(["association"], includeUnstated: false) }).ComposeAllNowAsync();

        var digest = await DigestOfAsync(alert.Id);
        Assert.Equal(["Pour les associations"], digest.Calls.Select(c => c.Title));
    }

    private static CallDocument Call(string title, int hoursAgo, params string[] beneficiaries) => new()
    {
        Id = Guid.NewGuid(),
        Slug = Guid.NewGuid().ToString("N"),
        Title = title,
        Territory = new LabelledValue("nat:FR", "France"),
        TerritoryPath = ["nat:FR"],
        Recurrence = "ponctuelle",
        Beneficiaries = [.. beneficiaries.Select(b => new LabelledValue(b, b))],
        PublishedAt = Now.AddHours(-hoursAgo),
    };

    private SearchQuery Search(IReadOnlyList<string> beneficiaries, bool includeUnstated) =>
        new() { Beneficiaries = beneficiaries, IncludeUnstated = includeUnstated, Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };

    private async Task IndexAsync(params CallDocument[] calls)
    {
        await index.UpsertAsync(calls);
        await index.CommitAsync();
    }

    private async Task<Alert> SaveAlertAsync(string query)
    {
        var alert = new Alert
        {
            Email = "benevole@association.example",
            Query = query,
            Description = "Association",
            SiteUrl = "https://plateforme.example",
            UnsubscribeToken = Guid.NewGuid().ToString("N"),
            Frequency = AlertFrequency.Daily,
            State = AlertState.Active,
            CreatedAt = Now.AddDays(-3),
            ConfirmedAt = Now.AddDays(-3),
            ActiveSince = Now.AddDays(-3),
            Watermark = Now.AddDays(-2),
        };
        await using var db = await contexts.CreateDbContextAsync();
        db.Alerts.Add(alert);
        await db.SaveChangesAsync();
        return alert;
    }

    private async Task<AlertDigest> DigestOfAsync(Guid alertId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Digests.AsNoTracking().Include(d => d.Calls).SingleAsync(d => d.AlertId == alertId);
    }

    private DigestComposer Composer(IReadOnlyDictionary<string, SearchQuery> searches) =>
        new(contexts, index, new FixedSearches(searches), new OpenedWindows(catalogue), Options.Create(new AlertsOptions()), clock, NullLogger<DigestComposer>.Instance);

    /// <summary>The web host reads a saved query string with the pages' grammar; here each alert's search is given as parsed.</summary>
    private sealed class FixedSearches(IReadOnlyDictionary<string, SearchQuery> searches) : ISavedSearchReader
    {
        public Task<SearchQuery> ReadAsync(string queryString, CancellationToken cancellationToken = default) => Task.FromResult(searches[queryString]);
    }
}

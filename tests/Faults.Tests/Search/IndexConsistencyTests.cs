using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Plateforme.Data;
using Plateforme.DemoData;
using Plateforme.Faults.Tests.Harness;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Health;
using Plateforme.Search.Indexing;
using Plateforme.Search.Indexing.Lucene;
using Plateforme.Search.Reference;

namespace Plateforme.Faults.Tests.Search;

/// <summary>
/// The consistency check the crash scenarios rely on sees each way an index can differ from the catalogue: a call
/// missing, a call with an old title, a document the catalogue does not publish; a call waiting in the outbox is not
/// held against the index.
/// </summary>
public sealed class IndexConsistencyTests : IAsyncLifetime
{
    private FaultSite site = null!;
    private LuceneSearchIndex index = null!;
    private IndexConsistency consistency = null!;
    private List<FundingCall> calls = null!;
    private Dictionary<string, Funder> funders = null!;
    private readonly CallDocumentBuilder documents = new(TerritoryDirectory.Default, ThemeTaxonomy.Default, ReferenceLists.Default);

    public async Task InitializeAsync()
    {
        site = await FaultSite.SqliteAsync();
        await site.Services.GetRequiredService<DatabaseMigrator<CatalogueDbContext>>().MigrateAsync();
        index = new LuceneSearchIndex(new LuceneIndexOptions { Path = Path.Combine(site.Folder, "index") }, NullLogger<LuceneSearchIndex>.Instance);
        consistency = new IndexConsistency(site.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>(), index);

        var demo = DemoCatalogue.Generate(40, seed: 7, DateOnly.FromDateTime(DateTime.UtcNow));
        calls = demo.Calls.Where(c => c.State == ModerationState.Published).Take(5).ToList();
        funders = demo.Funders.ToDictionary(f => f.Slug, StringComparer.Ordinal);
        await using var db = await ContextAsync();
        db.Funders.AddRange(demo.Funders);
        db.FundingCalls.AddRange(calls.Take(4));
        await db.SaveChangesAsync();
        // As if the indexer had applied them: only what the test indexes below is in the index.
        await db.IndexOutbox.ExecuteDeleteAsync();
    }

    [Fact]
    public async Task An_index_holding_exactly_the_published_calls_is_consistent()
    {
        await IndexAsync(calls.Take(4));

        var report = await consistency.CheckAsync();

        Assert.True(report.IsConsistent, report.ToString());
        Assert.Equal((4, 4), (report.Published, report.Documents));
    }

    [Fact]
    public async Task A_missing_call_an_old_title_and_a_call_not_published_are_each_reported()
    {
        var renamed = calls[1];
        await IndexAsync([calls[0], calls[1], calls[4]]);
        await using (var db = await ContextAsync())
        {
            var stored = await db.FundingCalls.SingleAsync(c => c.Id == renamed.Id);
            stored.Title += " (nouvelle édition)";
            await db.SaveChangesAsync();
            await db.IndexOutbox.ExecuteDeleteAsync();
        }

        var report = await consistency.CheckAsync();

        Assert.False(report.IsConsistent);
        Assert.Equal((Missing: 2, Stale: 1, Extra: 1), (report.Missing, report.Stale, report.Extra));
    }

    [Fact]
    public async Task A_call_still_waiting_in_the_outbox_is_pending_not_missing()
    {
        await IndexAsync(calls.Take(3));
        await using (var db = await ContextAsync())
        {
            var waiting = await db.FundingCalls.SingleAsync(c => c.Id == calls[3].Id);
            waiting.Summary = "Résumé mis à jour";
            await db.SaveChangesAsync();
        }

        var report = await consistency.CheckAsync();

        Assert.True(report.IsConsistent, report.ToString());
        Assert.Equal(1, report.Pending);
    }

    public async Task DisposeAsync()
    {
        index.Dispose();
        await site.DisposeAsync();
    }

    private async Task IndexAsync(IEnumerable<FundingCall> indexed)
    {
        await index.UpsertAsync(indexed.Select(c => documents.Build(c, funders)).ToList());
        await index.CommitAsync();
    }

    private Task<CatalogueDbContext> ContextAsync() =>
        site.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>().CreateDbContextAsync();
}

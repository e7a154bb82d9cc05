using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plateforme.Crawler.Pipeline;
using Plateforme.Crawler.Tests.Store;
using Plateforme.Search.Catalogue;

namespace Plateforme.Crawler.Tests.Pipeline;

/// <summary>The same behaviours on SQLite and on PostgreSQL.</summary>
public abstract class SourceLifecycleContract : IAsyncLifetime
{
    private static readonly SourcePolicy Amiens = new("ville-amiens", "Ville d'Amiens", "ville-amiens", Trusted: true);
    private static readonly Dictionary<Uri, int> NoDeadPages = [];
    private TestDatabase _database = null!;
    private CatalogueMerger _merger = null!;
    private SourceLifecycle _lifecycle = null!;

    public async Task InitializeAsync()
    {
        _database = await CreateAsync();
        _merger = new CatalogueMerger(_database.Catalogue, _database.Clock);
        _lifecycle = new SourceLifecycle(_database.Crawler, _database.Catalogue, Options.Create(new CrawlerOptions()), _database.Clock);
    }

    protected abstract Task<TestDatabase> CreateAsync();

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Runs_with_errors_or_unchanged_pages_do_not_count_towards_withdrawal()
    {
        var id = await SeenOnceAsync(Calls.Crawled());

        await _lifecycle.RecordRunAsync("ville-amiens", [], complete: false, NoDeadPages, CancellationToken.None);
        await _lifecycle.RecordRunAsync("ville-amiens", [], complete: true, NoDeadPages, CancellationToken.None);
        await _lifecycle.RecordRunAsync("ville-amiens", [], complete: false, NoDeadPages, CancellationToken.None);
        var withdrawn = await _lifecycle.RecordRunAsync("ville-amiens", [], complete: true, NoDeadPages, CancellationToken.None);

        Assert.Equal(0, withdrawn);
        Assert.Equal(ModerationState.Published, await StateAsync(id));
        Assert.Equal(1, await _lifecycle.RecordRunAsync("ville-amiens", [], complete: true, NoDeadPages, CancellationToken.None));
        Assert.Equal(ModerationState.Withdrawn, await StateAsync(id));
    }

    [Fact]
    public async Task A_withdrawn_call_listed_again_returns_to_its_former_state()
    {
        var crawled = Calls.Crawled();
        var id = await SeenOnceAsync(crawled);
        for (var run = 0; run < 3; run++) await _lifecycle.RecordRunAsync("ville-amiens", [], complete: true, NoDeadPages, CancellationToken.None);

        await SeenOnceAsync(crawled);

        Assert.Equal(ModerationState.Published, await StateAsync(id));
    }

    [Fact]
    public async Task A_call_past_its_deadline_that_leaves_its_source_stays_searchable_as_closed()
    {
        var id = await SeenOnceAsync(Calls.Crawled(deadline: new DateOnly(2026, 1, 5)));

        for (var run = 0; run < 3; run++) await _lifecycle.RecordRunAsync("ville-amiens", [], complete: true, NoDeadPages, CancellationToken.None);

        Assert.Equal(ModerationState.Published, await StateAsync(id));
    }

    [Fact]
    public async Task A_call_still_listed_by_another_source_is_not_withdrawn()
    {
        var id = await SeenOnceAsync(Calls.Crawled());
        var other = await _merger.MergeAsync(Calls.Crawled("appelaprojets", "4521", url: "https://www.appelaprojets.org/fiche/4521"), Amiens with { SourceId = "appelaprojets" });
        await _lifecycle.RecordRunAsync("appelaprojets", [new SeenItem("4521", other.CallId, "https://www.appelaprojets.org/fiche/4521")], complete: true, NoDeadPages, CancellationToken.None);

        for (var run = 0; run < 3; run++) await _lifecycle.RecordRunAsync("ville-amiens", [], complete: true, NoDeadPages, CancellationToken.None);

        Assert.Equal(ModerationState.Published, await StateAsync(id));
    }

    private async Task<Guid> SeenOnceAsync(Plateforme.Crawler.Extraction.NormalizedCall call)
    {
        var result = await _merger.MergeAsync(call, Amiens);
        await _lifecycle.RecordRunAsync("ville-amiens", [new SeenItem(call.ExternalId, result.CallId, CatalogueMerger.ListingUrl(call))], complete: true, NoDeadPages, CancellationToken.None);
        return result.CallId;
    }

    private async Task<ModerationState> StateAsync(Guid id)
    {
        await using var db = await _database.Catalogue.CreateDbContextAsync();
        return (await db.FundingCalls.SingleAsync(c => c.Id == id)).State;
    }
}

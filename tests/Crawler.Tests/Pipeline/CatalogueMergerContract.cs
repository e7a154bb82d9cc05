using Microsoft.EntityFrameworkCore;
using Plateforme.Crawler.Pipeline;
using Plateforme.Crawler.Tests.Store;
using Plateforme.Search.Catalogue;

namespace Plateforme.Crawler.Tests.Pipeline;

/// <summary>The same behaviours on SQLite and on PostgreSQL.</summary>
public abstract class CatalogueMergerContract : IAsyncLifetime
{
    private static readonly SourcePolicy Amiens = new("ville-amiens", "Ville d'Amiens", "ville-amiens", Trusted: false);
    private static readonly SourcePolicy Aggregator = new("appelaprojets", "appelaprojets.org", "appelaprojets-org", Trusted: false);
    private TestDatabase _database = null!;
    private CatalogueMerger _merger = null!;

    public async Task InitializeAsync()
    {
        _database = await CreateAsync();
        _merger = new CatalogueMerger(_database.Catalogue, _database.Clock);
    }

    protected abstract Task<TestDatabase> CreateAsync();

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_new_call_from_an_untrusted_source_waits_for_review_with_its_history_and_outbox_row()
    {
        var result = await _merger.MergeAsync(Calls.Crawled(), Amiens);

        Assert.Equal(MergeOutcome.Created, result.Outcome);
        await using var db = await _database.Catalogue.CreateDbContextAsync();
        var call = await db.FundingCalls.Include(c => c.Sources).Include(c => c.History).SingleAsync();
        Assert.Equal(ModerationState.ToReview, call.State);
        Assert.Equal(["ville-amiens"], call.Funders);
        Assert.Equal("Ville d'Amiens", (await db.Funders.SingleAsync(f => f.Slug == "ville-amiens")).Name);
        Assert.Equal("contrat-de-ville", Assert.Single(call.Sources).ExternalId);
        var created = Assert.Single(call.History);
        Assert.Equal((CallChangeKind.Created, "crawler:ville-amiens"), (created.Kind, created.Actor));
        Assert.Contains(await db.IndexOutbox.ToListAsync(), row => row.CallId == call.Id);
    }

    [Fact]
    public async Task A_new_call_reads_its_publics_from_its_text_and_its_territory_becomes_its_list()
    {
        await _merger.MergeAsync(Calls.Crawled() with { Summary = "Projets pour les seniors et les familles des quartiers prioritaires." }, Amiens);

        await using var db = await _database.Catalogue.CreateDbContextAsync();
        var call = await db.FundingCalls.SingleAsync();
        Assert.Equal(["seniors", "quartiers-prioritaires", "familles"], call.Publics);
        Assert.Equal(["com:80021"], call.Territories);
    }

    [Fact]
    public async Task A_source_moving_the_lead_territory_moves_the_list_with_it()
    {
        await _merger.MergeAsync(Calls.Crawled(), Amiens with { Trusted = true });

        await _merger.MergeAsync(Calls.Crawled() with { Territory = "dep:80" }, Amiens with { Trusted = true });

        await using var db = await _database.Catalogue.CreateDbContextAsync();
        var call = await db.FundingCalls.SingleAsync();
        Assert.Equal("dep:80", call.Territory);
        Assert.Equal(["dep:80"], call.Territories);
    }

    [Fact]
    public async Task A_new_call_from_a_trusted_source_is_published_at_once()
    {
        await _merger.MergeAsync(Calls.Crawled(), Amiens with { Trusted = true });

        await using var db = await _database.Catalogue.CreateDbContextAsync();
        var call = await db.FundingCalls.SingleAsync();
        Assert.Equal(ModerationState.Published, call.State);
        Assert.Equal(_database.Clock.GetUtcNow(), call.PublishedAt);
    }

    [Fact]
    public async Task The_same_page_listed_by_two_sources_is_one_call_with_two_listings()
    {
        var page = "https://www.amiens.fr/aap/contrat-de-ville?utm_source=lettre";
        var first = await _merger.MergeAsync(Calls.Crawled(url: page), Amiens);
        var second = await _merger.MergeAsync(Calls.Crawled("appelaprojets", "4521", "Contrat de ville : les projets 2026", "appelaprojets-org", url: "https://www.amiens.fr/aap/contrat-de-ville"), Aggregator);

        Assert.Equal(first.CallId, second.CallId);
        Assert.True(second.JoinedExistingCall);
        await AssertOneCallWithSourcesAsync("ville-amiens", "appelaprojets");
    }

    [Fact]
    public async Task The_same_fingerprint_on_another_page_is_one_call()
    {
        await _merger.MergeAsync(Calls.Crawled(), Amiens);
        await _merger.MergeAsync(Calls.Crawled("appelaprojets", "4521", url: "https://www.appelaprojets.org/fiche/4521"), Aggregator);

        await AssertOneCallWithSourcesAsync("ville-amiens", "appelaprojets");
    }

    [Fact]
    public async Task A_near_identical_title_of_the_same_funder_and_deadline_is_one_call_but_another_funder_is_not()
    {
        await _merger.MergeAsync(Calls.Crawled(title: "Appel à projets Contrat de ville Amiens 2026"), Amiens);
        await _merger.MergeAsync(Calls.Crawled("appelaprojets", "4521", "Contrat de ville Amiens 2026", url: "https://www.appelaprojets.org/fiche/4521"), Aggregator);
        await _merger.MergeAsync(Calls.Crawled("appelaprojets", "4522", "Contrat de ville Amiens 2026", funder: "Département de la Somme", url: "https://www.appelaprojets.org/fiche/4522"), Aggregator);

        await using var db = await _database.Catalogue.CreateDbContextAsync();
        var calls = await db.FundingCalls.Include(c => c.Sources).ToListAsync();
        Assert.Equal(2, calls.Count);
        Assert.Equal(2, calls.Single(c => c.Funders[0] == "ville-amiens").Sources.Count);
        Assert.Equal("departement-de-la-somme", calls.Single(c => c.Sources.Count == 1).Funders[0]);
    }

    [Fact]
    public async Task On_a_call_a_moderator_published_a_deadline_change_applies_and_a_title_change_waits_with_its_diff()
    {
        var id = (await _merger.MergeAsync(Calls.Crawled(), Amiens with { Trusted = true })).CallId;
        await PublishAsModeratorAsync(id);

        var result = await _merger.MergeAsync(Calls.Crawled(title: "Contrat de ville 2026 : nouvel appel", deadline: new DateOnly(2026, 2, 16)), Amiens with { Trusted = true });
        var again = await _merger.MergeAsync(Calls.Crawled(title: "Contrat de ville 2026 : nouvel appel", deadline: new DateOnly(2026, 2, 16)), Amiens with { Trusted = true });

        Assert.Equal(MergeOutcome.PendingReview, result.Outcome);
        Assert.Equal(MergeOutcome.Unchanged, again.Outcome);
        await using var db = await _database.Catalogue.CreateDbContextAsync();
        var call = await db.FundingCalls.Include(c => c.History).SingleAsync();
        Assert.Equal(new DateOnly(2026, 2, 16), call.Deadline);
        Assert.Equal("Contrat de ville 2026 : appel à projets", call.Title);
        var pending = Assert.Single(call.History, h => h.Kind == CallChangeKind.PendingReview);
        Assert.Contains("\"Title\":{\"before\":\"Contrat de ville 2026 : appel à projets\",\"after\":\"Contrat de ville 2026 : nouvel appel\"}", pending.DiffJson, StringComparison.Ordinal);
        Assert.Contains("\"Deadline\":{\"before\":\"2026-02-02\",\"after\":\"2026-02-16\"}", Assert.Single(call.History, h => h.Kind == CallChangeKind.Updated).DiffJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_still_in_review_takes_every_change_at_once()
    {
        await _merger.MergeAsync(Calls.Crawled(), Amiens);

        var result = await _merger.MergeAsync(Calls.Crawled(title: "Contrat de ville 2026 : nouvel appel"), Amiens);

        Assert.Equal(MergeOutcome.Updated, result.Outcome);
        await using var db = await _database.Catalogue.CreateDbContextAsync();
        Assert.Equal("Contrat de ville 2026 : nouvel appel", (await db.FundingCalls.SingleAsync()).Title);
    }

    [Fact]
    public async Task A_field_a_moderator_edited_is_never_overwritten()
    {
        var id = (await _merger.MergeAsync(Calls.Crawled(), Amiens)).CallId;
        await using (var db = await _database.Catalogue.CreateDbContextAsync())
        {
            var call = await db.FundingCalls.SingleAsync(c => c.Id == id);
            call.Summary = "Résumé réécrit par la modération.";
            call.ModeratorEditedFields = ["Summary"];
            await db.SaveChangesAsync();
        }

        await _merger.MergeAsync(Calls.Crawled(deadline: new DateOnly(2026, 3, 1)) with { Summary = "Autre résumé de la source." }, Amiens);

        await using var check = await _database.Catalogue.CreateDbContextAsync();
        var after = await check.FundingCalls.SingleAsync();
        Assert.Equal("Résumé réécrit par la modération.", after.Summary);
        Assert.Equal(new DateOnly(2026, 3, 1), after.Deadline);
    }

    [Fact]
    public async Task Only_the_source_that_first_listed_a_call_updates_its_content()
    {
        await _merger.MergeAsync(Calls.Crawled(), Amiens);
        await _merger.MergeAsync(Calls.Crawled("appelaprojets", "4521", url: "https://www.appelaprojets.org/fiche/4521"), Aggregator);

        var result = await _merger.MergeAsync(Calls.Crawled("appelaprojets", "4521", url: "https://www.appelaprojets.org/fiche/4521") with { Summary = "Résumé de l'agrégateur." }, Aggregator);

        Assert.Equal(MergeOutcome.Unchanged, result.Outcome);
        await using var db = await _database.Catalogue.CreateDbContextAsync();
        Assert.Equal("Projets associatifs dans les quartiers prioritaires.", (await db.FundingCalls.SingleAsync()).Summary);
    }

    [Fact]
    public async Task An_organisations_unpublished_call_is_never_joined_nor_rewritten_by_a_crawl()
    {
        var crawled = Calls.Crawled();
        Guid draftId;
        await using (var db = await _database.Catalogue.CreateDbContextAsync())
        {
            var draft = new FundingCall
            {
                Slug = "brouillon-du-financeur",
                Title = crawled.Title,
                Summary = "Texte du financeur, en cours de rédaction.",
                Territory = "com:80021",
                Deadline = crawled.Deadline,
                OriginUrl = crawled.OriginUrl,
                Fingerprint = crawled.Fingerprint,
                Funders = ["ville-amiens"],
                State = ModerationState.ToReview,
                SubmittedByOrganisationId = Guid.NewGuid(),
                CreatedAt = _database.Clock.GetUtcNow(),
                UpdatedAt = _database.Clock.GetUtcNow(),
            };
            db.FundingCalls.Add(draft);
            await db.SaveChangesAsync();
            draftId = draft.Id;
        }

        var result = await _merger.MergeAsync(crawled, Amiens);

        Assert.Equal(MergeOutcome.Created, result.Outcome);
        Assert.NotEqual(draftId, result.CallId);
        await using var check = await _database.Catalogue.CreateDbContextAsync();
        var untouched = await check.FundingCalls.Include(c => c.Sources).SingleAsync(c => c.Id == draftId);
        Assert.Equal("Texte du financeur, en cours de rédaction.", untouched.Summary);
        Assert.Empty(untouched.Sources);
    }

    private async Task PublishAsModeratorAsync(Guid id)
    {
        await using var db = await _database.Catalogue.CreateDbContextAsync();
        var call = await db.FundingCalls.SingleAsync(c => c.Id == id);
        call.State = ModerationState.Published;
        db.CallChanges.Add(new CallChange { CallId = id, Actor = "moderator:42", Kind = CallChangeKind.StateChanged, At = _database.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
    }

    private async Task AssertOneCallWithSourcesAsync(params string[] sourceIds)
    {
        await using var db = await _database.Catalogue.CreateDbContextAsync();
        var call = await db.FundingCalls.Include(c => c.Sources).Include(c => c.History).SingleAsync();
        Assert.Equal(sourceIds.Order(), call.Sources.Select(s => s.SourceId).Order());
        Assert.Contains(call.History, h => h.Kind == CallChangeKind.SourceAdded);
    }
}

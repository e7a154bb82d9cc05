using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Plateforme.Data;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Tests.Outbox;

namespace Plateforme.Search.Tests.Store;

/// <summary>What the catalogue store guarantees, run on each provider (see the two subclasses).</summary>
public abstract class CatalogueStoreTests : CatalogueTestBase
{
    [Fact]
    public async Task Migrations_apply_on_an_empty_database_and_match_the_model()
    {
        await using var db = NewContext();

        await db.Database.MigrateAsync();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal(0, await db.FundingCalls.CountAsync());
    }

    [Fact]
    public async Task The_migrator_brings_a_new_database_up_to_date_and_can_run_again()
    {
        var migrator = new DatabaseMigrator<CatalogueDbContext>(CatalogueDbContext.Store.CreateFactory(Provider, ConnectionString), NullLogger<DatabaseMigrator<CatalogueDbContext>>.Instance);

        await migrator.MigrateAsync();
        await migrator.MigrateAsync();

        await using var db = NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Every_field_of_a_call_survives_a_round_trip()
    {
        await MigrateAsync();
        var original = FullCall();

        await SaveAsync(original);

        await using var db = NewContext();
        var loaded = await db.FundingCalls.Include(c => c.Sources).Include(c => c.History).SingleAsync();
        Assert.Equal(original.Id, loaded.Id);
        Assert.Equal(original.Slug, loaded.Slug);
        Assert.Equal(original.Title, loaded.Title);
        Assert.Equal(original.ShortTitle, loaded.ShortTitle);
        Assert.Equal(original.Summary, loaded.Summary);
        Assert.Equal(original.DescriptionHtml, loaded.DescriptionHtml);
        Assert.Equal(original.Eligibility, loaded.Eligibility);
        Assert.Equal(original.ProjectExamples, loaded.ProjectExamples);
        Assert.Equal(original.Contact, loaded.Contact);
        Assert.Equal(original.Funders, loaded.Funders);
        Assert.Equal(original.Beneficiaries, loaded.Beneficiaries);
        Assert.Equal(original.AidTypes, loaded.AidTypes);
        Assert.Equal(original.Destinations, loaded.Destinations);
        Assert.Equal(original.Themes, loaded.Themes);
        Assert.Equal(original.SubThemes, loaded.SubThemes);
        Assert.Equal(original.Keywords, loaded.Keywords);
        Assert.Equal(original.Territory, loaded.Territory);
        Assert.Equal(original.OpensOn, loaded.OpensOn);
        Assert.Equal(original.Deadline, loaded.Deadline);
        Assert.Equal(original.DeadlineTime, loaded.DeadlineTime);
        Assert.Equal(original.Recurrence, loaded.Recurrence);
        Assert.Equal(original.MinAmountCents, loaded.MinAmountCents);
        Assert.Equal(original.MaxAmountCents, loaded.MaxAmountCents);
        Assert.Equal(original.RateMinPercent, loaded.RateMinPercent);
        Assert.Equal(original.RateMaxPercent, loaded.RateMaxPercent);
        Assert.Equal(original.EnvelopeCents, loaded.EnvelopeCents);
        Assert.Equal(original.MaxWinners, loaded.MaxWinners);
        Assert.Equal(original.IsCallForProjects, loaded.IsCallForProjects);
        Assert.Equal(original.OriginUrl, loaded.OriginUrl);
        Assert.Equal(original.ApplicationUrl, loaded.ApplicationUrl);
        Assert.Equal(original.State, loaded.State);
        Assert.Equal(original.MergedIntoId, loaded.MergedIntoId);
        Assert.Equal(original.Fingerprint, loaded.Fingerprint);
        Assert.Equal(original.ModeratorEditedFields, loaded.ModeratorEditedFields);
        Assert.Equal(original.CreatedAt, loaded.CreatedAt);
        Assert.Equal(original.UpdatedAt, loaded.UpdatedAt);
        Assert.Equal(original.PublishedAt, loaded.PublishedAt);

        var source = Assert.Single(loaded.Sources);
        var expectedSource = original.Sources[0];
        Assert.Equal(
            (expectedSource.Id, expectedSource.CallId, expectedSource.SourceId, expectedSource.ExternalId, expectedSource.Url,
                expectedSource.RawPayload, expectedSource.Licence, expectedSource.FirstSeenAt, expectedSource.LastSeenAt),
            (source.Id, source.CallId, source.SourceId, source.ExternalId, source.Url,
                source.RawPayload, source.Licence, source.FirstSeenAt, source.LastSeenAt));

        Assert.Equal(2, loaded.History.Count);
        var change = loaded.History.Single(h => h.Kind == CallChangeKind.StateChanged);
        Assert.Equal(original.History[1].At, change.At);
        Assert.Equal("moderator:42", change.Actor);
        Assert.Equal("Vérifié auprès du financeur", change.Reason);
        Assert.Equal(original.History[1].DiffJson, change.DiffJson);
    }

    [Fact]
    public async Task Amounts_beyond_two_billion_cents_are_kept_exactly()
    {
        await MigrateAsync();
        var call = TestCalls.Published("grosse-enveloppe");
        call.EnvelopeCents = 7_000_000_000_00; // "enveloppe globale de 7 Md€"
        call.MaxAmountCents = 3_530_000_00;

        await SaveAsync(call);

        await using var db = NewContext();
        var loaded = await db.FundingCalls.SingleAsync();
        Assert.Equal(7_000_000_000_00, loaded.EnvelopeCents);
        Assert.Equal(3_530_000_00, loaded.MaxAmountCents);
    }

    [Fact]
    public async Task Two_calls_cannot_share_a_slug()
    {
        await MigrateAsync();
        await SaveAsync(TestCalls.Published("meme-slug"));

        await using var db = NewContext();
        db.FundingCalls.Add(TestCalls.Draft("meme-slug"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task The_same_listing_of_a_source_cannot_be_recorded_twice()
    {
        await MigrateAsync();
        var first = TestCalls.Published("premier");
        first.Sources.Add(Source("region-hdf", "42"));
        await SaveAsync(first);

        await using var db = NewContext();
        var second = TestCalls.Published("second");
        second.Sources.Add(Source("region-hdf", "42"));
        db.FundingCalls.Add(second);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Instants_filter_and_sort_in_queries_whatever_their_offset()
    {
        await MigrateAsync();
        var early = TestCalls.Published("tot");
        early.UpdatedAt = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1)); // 08:00 UTC
        var late = TestCalls.Published("tard");
        late.UpdatedAt = new DateTimeOffset(2026, 11, 23, 8, 30, 0, TimeSpan.Zero); // 08:30 UTC, written earlier on the clock
        await SaveAsync(early, late);

        await using var db = NewContext();
        var cutoff = new DateTimeOffset(2026, 11, 23, 8, 15, 0, TimeSpan.Zero);
        var after = await db.FundingCalls.Where(c => c.UpdatedAt > cutoff).Select(c => c.Slug).ToListAsync();
        var ordered = await db.FundingCalls.OrderByDescending(c => c.UpdatedAt).Select(c => c.Slug).ToListAsync();

        Assert.Equal(["tard"], after);
        Assert.Equal(["tard", "tot"], ordered);
    }

    [Fact]
    public async Task Calls_are_found_by_a_value_of_their_slug_lists_and_by_deadline()
    {
        await MigrateAsync();
        var culture = TestCalls.Published("culture");
        culture.Themes = ["culture", "patrimoine"];
        culture.Deadline = new DateOnly(2026, 12, 15);
        var sport = TestCalls.Published("sport");
        sport.Themes = ["sport"];
        sport.Deadline = new DateOnly(2027, 3, 1);
        await SaveAsync(culture, sport);

        await using var db = NewContext();
        var byTheme = await db.FundingCalls.Where(c => c.Themes.Contains("patrimoine")).Select(c => c.Slug).ToListAsync();
        var byDeadline = await db.FundingCalls.Where(c => c.Deadline < new DateOnly(2027, 1, 1)).Select(c => c.Slug).ToListAsync();

        Assert.Equal(["culture"], byTheme);
        Assert.Equal(["culture"], byDeadline);
    }

    [Fact]
    public async Task Deleting_a_call_deletes_its_sources_and_history()
    {
        await MigrateAsync();
        var call = FullCall();
        await SaveAsync(call);

        await using (var db = NewContext())
        {
            db.FundingCalls.Remove(await db.FundingCalls.Include(c => c.Sources).Include(c => c.History).SingleAsync());
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();
        Assert.Equal(0, await check.SourceRecords.CountAsync());
        Assert.Equal(0, await check.CallChanges.CountAsync());
    }

    [Fact]
    public async Task Funders_are_keyed_by_slug()
    {
        await MigrateAsync();
        await SaveAsync(TestCalls.Funder("region-hdf", "Région Hauts-de-France"));

        await using var db = NewContext();
        db.Funders.Add(TestCalls.Funder("region-hdf", "Doublon"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        await using var check = NewContext();
        Assert.Equal("Région Hauts-de-France", (await check.Funders.SingleAsync(f => f.Slug == "region-hdf")).Name);
    }

    internal static FundingCall FullCall()
    {
        var id = Guid.NewGuid();
        return new FundingCall
        {
            Id = id,
            Slug = "aap-insertion-jeunes-somme-2026",
            Title = "Appel à projets « Insertion des jeunes » – Somme 2026",
            ShortTitle = "Insertion des jeunes",
            Summary = "Accompagner vers l'emploi les 16–25 ans éloignés de l'école.",
            DescriptionHtml = "<p>Projets <strong>innovants</strong> d'insertion.</p>",
            Eligibility = "Associations loi 1901 implantées dans la Somme.",
            ProjectExamples = "Chantiers d'insertion, mentorat.",
            Contact = "Service jeunesse du Département",
            Funders = ["departement-somme", "region-hdf"],
            Beneficiaries = ["association", "commune"],
            AidTypes = ["subvention"],
            Destinations = ["fonctionnement", "investissement"],
            Themes = ["emploi-insertion"],
            SubThemes = ["insertion-jeunes"],
            Keywords = ["NEET", "décrochage"],
            Territory = "dep:80",
            OpensOn = new DateOnly(2026, 1, 15),
            Deadline = new DateOnly(2026, 3, 31),
            DeadlineTime = new TimeOnly(17, 0),
            Recurrence = Recurrence.Recurring,
            MinAmountCents = 10_000_00,
            MaxAmountCents = 30_000_00,
            RateMinPercent = 20,
            RateMaxPercent = 80,
            EnvelopeCents = 70_000_000_00,
            MaxWinners = 3,
            IsCallForProjects = true,
            OriginUrl = "https://www.somme.fr/aap-insertion",
            ApplicationUrl = "https://demarches.somme.fr/aap",
            State = ModerationState.Merged,
            MergedIntoId = Guid.NewGuid(),
            Fingerprint = "insertion jeunes somme|departement-somme|2026-03-31",
            ModeratorEditedFields = ["Title", "Deadline"],
            CreatedAt = new DateTimeOffset(2026, 1, 10, 9, 15, 30, 123, TimeSpan.FromHours(1)),
            UpdatedAt = new DateTimeOffset(2026, 2, 1, 14, 0, 0, TimeSpan.Zero),
            PublishedAt = new DateTimeOffset(2026, 1, 11, 8, 0, 0, TimeSpan.FromHours(1)),
            Sources = [Source("departement-somme", "AAP-2026-07", id)],
            History =
            [
                new CallChange { CallId = id, At = new DateTimeOffset(2026, 1, 10, 9, 15, 30, TimeSpan.FromHours(1)), Actor = "crawler:departement-somme", Kind = CallChangeKind.Created },
                new CallChange
                {
                    CallId = id,
                    At = new DateTimeOffset(2026, 1, 11, 8, 0, 0, TimeSpan.FromHours(1)),
                    Actor = "moderator:42",
                    Kind = CallChangeKind.StateChanged,
                    Reason = "Vérifié auprès du financeur",
                    DiffJson = """{"State":{"before":"ToReview","after":"Published"}}""",
                },
            ],
        };
    }

    private static SourceRecord Source(string sourceId, string externalId, Guid callId = default) => new()
    {
        CallId = callId,
        SourceId = sourceId,
        ExternalId = externalId,
        Url = $"https://example.org/{sourceId}/{externalId}",
        RawPayload = """{"titre":"AAP"}""",
        Licence = "Licence Ouverte 2.0",
        FirstSeenAt = new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.FromHours(1)),
        LastSeenAt = new DateTimeOffset(2026, 2, 1, 3, 0, 0, TimeSpan.Zero),
    };
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Plateforme.Experiences.Places;
using Plateforme.Experiences.Sheets;
using Plateforme.Experiences.Store;

namespace Plateforme.Experiences.Seeding;

/// <summary>
/// Publishes the reference sheets missing from the base, in every environment: they are the base's starting content,
/// not demo data. Idempotent: a sheet is known by its seed key, and one already there (maybe edited since) is left alone.
/// </summary>
public sealed partial class ExperienceSeeder(
    IDbContextFactory<ExperiencesDbContext> contexts, TimeProvider clock, ExperienceService sheets, ILogger<ExperienceSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) => await SeedAsync(cancellationToken).ConfigureAwait(false);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Adds the missing reference sheets; answers how many were added.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var known = (await db.Experiences.Where(e => e.SeedKey != null).Select(e => e.SeedKey!).ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToHashSet(StringComparer.Ordinal);
            var added = 0;
            foreach (var seed in ReferenceSheets.All.Where(s => !known.Contains(s.Key)))
            {
                var source = SeedSource.Find(seed.Source);
                var input = DefaultPoint.Apply(seed.ToInput(source));
                var problems = ExperienceValidation.Problems(input);
                if (problems.Count > 0) throw new InvalidOperationException($"Reference sheet '{seed.Key}' is invalid: {string.Join(" ", problems)}");
                var sheet = new Experience
                {
                    SeedKey = seed.Key,
                    Slug = await ExperienceService.UniqueSlugAsync(db, seed.Title, cancellationToken).ConfigureAwait(false),
                    State = ExperienceState.Published,
                    CreatedAt = now,
                    UpdatedAt = now,
                    PublishedAt = now,
                    LastReviewedOn = source.FactsAsOf,
                    Version = 1,
                };
                input.ApplyTo(sheet);
                db.Experiences.Add(sheet);
                db.Revisions.Add(ExperienceService.Revision(sheet, RevisionKind.Seeded, null, now));
                // Saved one by one: the next slug check must see this one.
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                added++;
            }

            var placed = await PlaceUnplacedAsync(db, cancellationToken).ConfigureAwait(false);
            if (added > 0 || placed > 0)
            {
                LogSeeded(added);
                sheets.NotifyPublishedChanged();
            }

            return added;
        }
    }

    /// <summary>
    /// Reference sheets seeded before the place centres existed have no point: they get their place's centre.
    /// Only a missing point is filled, so nothing a contributor typed is overwritten.
    /// </summary>
    private static async Task<int> PlaceUnplacedAsync(ExperiencesDbContext db, CancellationToken cancellationToken)
    {
        var unplaced = await db.Experiences.Where(e => e.SeedKey != null && e.Latitude == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        var placed = 0;
        foreach (var sheet in unplaced)
        {
            if (PlaceCentres.Default.Find(sheet.TerritoryCode) is not { } centre) continue;
            (sheet.Latitude, sheet.Longitude) = (centre.Latitude, centre.Longitude);
            placed++;
        }

        if (placed > 0) await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return placed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Added {Count} reference experience sheets")]
    private partial void LogSeeded(int count);
}

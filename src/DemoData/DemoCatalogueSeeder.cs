using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;
using Plateforme.Search.Seeding;

namespace Plateforme.DemoData;

/// <summary>
/// A catalogue seeder (run at start after the migrations): fills an empty catalogue with generated calls so that a
/// development install has something to search. Never touches a catalogue that holds a single call.
/// </summary>
public sealed partial class DemoCatalogueSeeder(
    IDbContextFactory<CatalogueDbContext> contexts,
    IOptions<DemoDataOptions> options,
    TimeProvider clock,
    ILogger<DemoCatalogueSeeder> logger) : ICatalogueSeeder
{
    /// <summary>Fixed so that every fresh install shows the same demo catalogue.</summary>
    public const int Seed = 2026;

    private const int BatchSize = 1000;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Enabled) await SeedIfEmptyAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns the number of calls inserted: zero when the catalogue already had calls.</summary>
    public async Task<int> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (await db.FundingCalls.AnyAsync(cancellationToken).ConfigureAwait(false)) return 0;

            var demo = DemoCatalogue.Generate(options.Value.Count, Seed, CallStatusRules.TodayInParis(clock));
            // All or nothing: a half-seeded catalogue would never be completed, as it is no longer empty.
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                db.Funders.AddRange(demo.Funders);
                foreach (var batch in demo.Calls.Chunk(BatchSize))
                {
                    db.FundingCalls.AddRange(batch);
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    db.ChangeTracker.Clear();
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            LogSeeded(demo.Calls.Count, demo.Funders.Count);
            return demo.Calls.Count;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Empty catalogue seeded with {Calls} demo calls from {Funders} funders")]
    private partial void LogSeeded(int calls, int funders);
}

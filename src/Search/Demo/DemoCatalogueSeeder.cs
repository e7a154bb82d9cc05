using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Demo;

/// <summary>
/// Startup step after the migrations: fills an empty catalogue with generated calls so that a fresh
/// install has something to search. Never touches a catalogue that holds a single call.
/// </summary>
public sealed partial class DemoCatalogueSeeder(
    IDbContextFactory<CatalogueDbContext> contexts,
    IOptions<SearchOptions> options,
    TimeProvider clock,
    ILogger<DemoCatalogueSeeder> logger) : IHostedService
{
    /// <summary>Fixed so that every fresh install shows the same demo catalogue.</summary>
    public const int Seed = 2026;

    private const int BatchSize = 1000;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.DemoData.Enabled) await SeedIfEmptyAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Returns the number of calls inserted: zero when the catalogue already had calls.</summary>
    public async Task<int> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (await db.FundingCalls.AnyAsync(cancellationToken).ConfigureAwait(false)) return 0;

            var demo = DemoCatalogue.Generate(options.Value.DemoData.Count, Seed, CallStatusRules.TodayInParis(clock));
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

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.DemoData;
using Plateforme.Faults.Tests.Harness;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;

namespace Plateforme.Faults.Tests.Search;

/// <summary>
/// Writes to the catalogue as a standalone crawler would: through the catalogue's own context, whose saves put the
/// index outbox rows in the same transaction; the host's indexer, the only writer of the index, picks them up.
/// </summary>
public sealed class CatalogueWrites(FaultSite site)
{
    private readonly IReadOnlyList<FundingCall> calls =
        DemoCatalogue.Generate(120, seed: 16, DateOnly.FromDateTime(DateTime.UtcNow)).Calls.Where(c => c.State == ModerationState.Published).ToList();

    private int written;
    private bool fundersWritten;

    /// <summary>
    /// Publishes the next <paramref name="count"/> calls, <paramref name="perSave"/> per transaction; <paramref name="now"/>
    /// makes them published just now and open for two months (what an alert's digest looks for).
    /// </summary>
    public async Task PublishAsync(int count, int perSave, bool now = false)
    {
        var batch = calls.Skip(written).Take(count).ToList();
        if (now)
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            foreach (var call in batch)
            {
                call.PublishedAt = DateTimeOffset.UtcNow.AddMinutes(-1);
                call.UpdatedAt = DateTimeOffset.UtcNow.AddMinutes(-1);
                call.OpensOn = null;
                call.Deadline = today.AddDays(60);
            }
        }

        written += batch.Count;
        await using var db = await ContextAsync();
        if (!fundersWritten)
        {
            db.Funders.AddRange(DemoCatalogue.Funders());
            fundersWritten = true;
        }

        foreach (var chunk in batch.Chunk(perSave))
        {
            db.FundingCalls.AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Renames some published calls (a crawl bringing a new title): the index must follow.</summary>
    public async Task RenameAsync(int count)
    {
        await using var db = await ContextAsync();
        foreach (var call in await db.FundingCalls.Where(c => c.State == ModerationState.Published).OrderBy(c => c.Id).Take(count).ToListAsync())
        {
            call.Title += " (nouvelle édition)";
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Withdraws some calls (a source removing them): they must leave the index.</summary>
    public async Task WithdrawAsync(int count)
    {
        await using var db = await ContextAsync();
        foreach (var call in await db.FundingCalls.Where(c => c.State == ModerationState.Published).OrderByDescending(c => c.Id).Take(count).ToListAsync())
        {
            call.State = ModerationState.Withdrawn;
        }

        await db.SaveChangesAsync();
    }

    public async Task<int> PublishedCountAsync()
    {
        await using var db = await ContextAsync();
        return await db.FundingCalls.CountAsync(c => c.State == ModerationState.Published);
    }

    public async Task<int> OutboxCountAsync()
    {
        await using var db = await ContextAsync();
        return await db.IndexOutbox.CountAsync();
    }

    private Task<CatalogueDbContext> ContextAsync() =>
        site.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>().CreateDbContextAsync();
}

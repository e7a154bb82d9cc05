using Microsoft.EntityFrameworkCore;

namespace Plateforme.Lending.Store;

/// <summary>
/// Runs one unit of work in a fresh context and one write transaction (BEGIN IMMEDIATE on SQLite, READ COMMITTED
/// with row locks on PostgreSQL), committing at the end; runs it again, from scratch, after a transient failure.
/// </summary>
public sealed class LendingWrites(IDbContextFactory<LendingDbContext> contexts)
{
    private const int MaxAttempts = 6;

    public async Task<T> RunAsync<T>(Func<LendingDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        for (var attempt = 1; ; attempt++)
        {
            var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using (db)
            {
                try
                {
                    var transaction = await db.BeginWriteAsync(cancellationToken);
                    await using (transaction)
                    {
                        var result = await work(db);
                        await transaction.CommitAsync(cancellationToken);
                        return result;
                    }
                }
                catch (Exception exception) when (attempt < MaxAttempts && db.IsTransient(exception))
                {
                    // A short, growing, jittered pause lets the other writer finish.
                    await Task.Delay(TimeSpan.FromMilliseconds((5 * attempt) + Random.Shared.Next(10)), cancellationToken);
                }
            }
        }
    }

    public async Task<T> ReadAsync<T>(Func<LendingDbContext, Task<T>> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            return await query(db);
        }
    }
}

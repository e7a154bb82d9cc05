using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Plateforme.Search.Catalogue.Store;

/// <summary>
/// Inside an explicit transaction the outbox rows are invisible to the indexer until the commit:
/// wake it then rather than at SaveChanges.
/// </summary>
internal sealed class OutboxCommitInterceptor : DbTransactionInterceptor
{
    public static OutboxCommitInterceptor Instance { get; } = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Ended(eventData, committed: true);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData, committed: true);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Ended(eventData, committed: false);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData, committed: false);
        return Task.CompletedTask;
    }

    private static void Ended(TransactionEndEventData eventData, bool committed)
    {
        if (eventData.Context is CatalogueDbContext catalogue) catalogue.OnTransactionEnded(committed);
    }
}

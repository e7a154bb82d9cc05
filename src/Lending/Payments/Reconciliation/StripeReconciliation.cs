using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Calendar;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Payments.Operations;
using Plateforme.Lending.Payments.Stripe;
using Plateforme.Lending.Store;
using Stripe;

namespace Plateforme.Lending.Payments.Reconciliation;

/// <summary>
/// Compares one Paris day of Stripe's records (charges, refunds, transfers and balance transactions, every page of each
/// list) with our operations and the ledger's cash postings, and records every difference for the moderators. Running a
/// day again replaces that day's differences, so the job can be repeated safely.
/// </summary>
public sealed class StripeReconciliation(StripeGateway gateway, PaymentOperationStore operations, LendingWrites writes, TimeProvider time)
{
    private const int PageSize = 100;

    public async Task<IReadOnlyList<ReconciliationDifference>> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var from = ParisCalendar.EndOf(day.AddDays(-1));
        var to = ParisCalendar.EndOf(day);
        var range = new DateRangeOptions { GreaterThanOrEqual = from.UtcDateTime, LessThan = to.UtcDateTime };
        var found = new List<(string Kind, string Id, long? Provider, long? Ledger, string Detail)>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        var matchedOperations = new HashSet<Guid>();

        await foreach (var charge in new ChargeService(gateway.Client).ListAutoPagingAsync(new ChargeListOptions { Created = range, Limit = PageSize }, cancellationToken: cancellationToken))
        {
            seen[charge.Id] = charge.Amount;
            if (charge.Status != "succeeded") continue;
            var operation = charge.PaymentIntentId is null ? null : await operations.FindByObjectAsync(charge.PaymentIntentId, cancellationToken);
            found.AddRange(await CompareAsync("charge", charge.Id, charge.Amount, operation, matchedOperations, cancellationToken));
        }

        await foreach (var refund in new RefundService(gateway.Client).ListAutoPagingAsync(new RefundListOptions { Created = range, Limit = PageSize }, cancellationToken: cancellationToken))
        {
            seen[refund.Id] = -refund.Amount;
            if (refund.Status is "failed" or "canceled") continue;
            found.AddRange(await CompareAsync("refund", refund.Id, refund.Amount, await operations.FindByObjectAsync(refund.Id, cancellationToken), matchedOperations, cancellationToken));
        }

        await foreach (var transfer in new TransferService(gateway.Client).ListAutoPagingAsync(new TransferListOptions { Created = range, Limit = PageSize }, cancellationToken: cancellationToken))
        {
            seen[transfer.Id] = -transfer.Amount;
            var net = transfer.Amount - transfer.AmountReversed;
            found.AddRange(await CompareAsync("transfer", transfer.Id, net, await operations.FindByObjectAsync(transfer.Id, cancellationToken), matchedOperations, cancellationToken));
        }

        await foreach (var entry in new BalanceTransactionService(gateway.Client).ListAutoPagingAsync(new BalanceTransactionListOptions { Created = range, Limit = PageSize }, cancellationToken: cancellationToken))
        {
            if (entry.Type is not ("charge" or "payment" or "refund" or "transfer") || entry.SourceId is null) continue;
            if (!seen.TryGetValue(entry.SourceId, out var amount) || amount != entry.Amount)
            {
                found.Add(("balance", entry.Id, entry.Amount, seen.TryGetValue(entry.SourceId, out var listed) ? listed : null, DifferenceKinds.BalanceUnmatched));
            }
        }

        // Ours without Stripe's: every money operation marked succeeded that day must have been seen above.
        foreach (var kind in MoneyKinds)
        {
            foreach (var operation in await operations.ListAsync(kind, [PaymentOperationStatus.Succeeded], cancellationToken))
            {
                if (operation.UpdatedAt < from || operation.UpdatedAt >= to || matchedOperations.Contains(operation.Id)) continue;
                found.Add((ObjectKind(kind), operation.ProviderObjectId ?? operation.IdempotencyKey, null, await LedgerCashAsync(operation, cancellationToken), DifferenceKinds.MissingAtProvider));
            }
        }

        return await SaveAsync(day, found, cancellationToken);
    }

    /// <summary>The recorded differences, newest day first.</summary>
    public Task<List<ReconciliationDifference>> ListAsync(int days, CancellationToken cancellationToken)
    {
        var since = ParisCalendar.Today(time).AddDays(-days);
        return writes.ReadAsync(async db => (await db.Set<ReconciliationDifference>().AsNoTracking().Where(d => d.Day >= since).ToListAsync(cancellationToken))
            .OrderByDescending(d => d.Day).ThenBy(d => d.ObjectKind, StringComparer.Ordinal).ThenBy(d => d.ObjectId, StringComparer.Ordinal).ToList(), cancellationToken);
    }

    private static readonly PaymentOperationKind[] MoneyKinds =
    [
        PaymentOperationKind.Collection, PaymentOperationKind.DonationCheckout, PaymentOperationKind.OnSessionPayment,
        PaymentOperationKind.RepaymentDebit, PaymentOperationKind.Refund, PaymentOperationKind.Transfer,
    ];

    private async Task<List<(string, string, long?, long?, string)>> CompareAsync(
        string objectKind, string objectId, long providerCents, PaymentOperation? operation, HashSet<Guid> matched, CancellationToken cancellationToken)
    {
        if (operation is null) return [(objectKind, objectId, providerCents, null, DifferenceKinds.UnknownAtPlatform)];
        matched.Add(operation.Id);
        var ledger = await LedgerCashAsync(operation, cancellationToken);
        if (ledger is null) return [(objectKind, objectId, providerCents, null, DifferenceKinds.MissingInLedger)];
        return ledger == providerCents ? [] : [(objectKind, objectId, providerCents, ledger, DifferenceKinds.AmountMismatch)];
    }

    /// <summary>What the ledger's cash account moved for the operation (the posting its key leads to), or null when nothing was posted.</summary>
    private Task<long?> LedgerCashAsync(PaymentOperation operation, CancellationToken cancellationToken)
    {
        var key = operation.Kind switch
        {
            PaymentOperationKind.Collection or PaymentOperationKind.DonationCheckout or PaymentOperationKind.OnSessionPayment => "collect:" + operation.PledgeId?.ToString("N"),
            PaymentOperationKind.RepaymentDebit => "repayment:sepa:" + operation.IdempotencyKey,
            _ => operation.IdempotencyKey,
        };
        return writes.ReadAsync(async db =>
        {
            var lines = await db.LedgerEntries.AsNoTracking()
                .Join(db.LedgerTransactions.Where(t => t.IdempotencyKey == key), e => e.TransactionId, t => t.Id, (e, t) => e)
                .Where(e => e.Account == LedgerAccounts.Cash)
                .Select(e => e.AmountCents).ToListAsync(cancellationToken);
            return lines.Count == 0 ? (long?)null : Math.Abs(lines.Sum());
        }, cancellationToken);
    }

    private static string ObjectKind(PaymentOperationKind kind) => kind switch
    {
        PaymentOperationKind.Refund => "refund",
        PaymentOperationKind.Transfer => "transfer",
        _ => "charge",
    };

    private Task<IReadOnlyList<ReconciliationDifference>> SaveAsync(DateOnly day, List<(string Kind, string Id, long? Provider, long? Ledger, string Detail)> found, CancellationToken cancellationToken) =>
        writes.RunAsync<IReadOnlyList<ReconciliationDifference>>(async db =>
        {
            var set = db.Set<ReconciliationDifference>();
            set.RemoveRange(await set.Where(d => d.Day == day).ToListAsync(cancellationToken));
            var now = time.GetUtcNow();
            var rows = found.Select(f => new ReconciliationDifference
            {
                Id = Guid.CreateVersion7(now), Day = day, ObjectKind = f.Kind, ObjectId = f.Id, ProviderCents = f.Provider, LedgerCents = f.Ledger, Detail = f.Detail, DetectedAt = now,
            }).ToList();
            set.AddRange(rows);
            await db.SaveChangesAsync(cancellationToken);
            return rows;
        }, cancellationToken);
}

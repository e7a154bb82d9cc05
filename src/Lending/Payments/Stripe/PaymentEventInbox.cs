using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Payments.Operations;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Payments.Stripe;

/// <summary>
/// Verified webhook events, kept by their id: storing one Stripe sent again changes nothing (each is handled once),
/// and the drain works from the rows, so the endpoint answers as soon as the row is committed.
/// </summary>
public sealed class PaymentEventInbox(LendingWrites writes, TimeProvider time)
{
    public const int MaxAttempts = 10;

    /// <summary>True when the event is new, false when it was received before.</summary>
    public Task<bool> StoreAsync(string eventId, string type, string? objectId, CancellationToken cancellationToken) =>
        writes.RunAsync(async db =>
        {
            if (await db.Set<PaymentEvent>().AnyAsync(e => e.EventId == eventId, cancellationToken)) return false;
            db.Set<PaymentEvent>().Add(new PaymentEvent { EventId = eventId, Type = type, ObjectId = objectId, ReceivedAt = time.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);

    public Task<List<PaymentEvent>> ListPendingAsync(int max, CancellationToken cancellationToken) =>
        writes.ReadAsync(async db => (await db.Set<PaymentEvent>().AsNoTracking()
                .Where(e => e.ProcessedAt == null && e.Attempts < MaxAttempts).ToListAsync(cancellationToken))
            .OrderBy(e => e.ReceivedAt).Take(max).ToList(), cancellationToken);

    public Task MarkAsync(string eventId, string? error, CancellationToken cancellationToken) =>
        writes.RunAsync(async db =>
        {
            var row = await db.Set<PaymentEvent>().FirstAsync(e => e.EventId == eventId, cancellationToken);
            row.Attempts++;
            if (error is null) row.ProcessedAt = time.GetUtcNow();
            else row.LastError = error.Length > 1000 ? error[..1000] : error;
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public Task<PaymentEvent?> FindAsync(string eventId, CancellationToken cancellationToken) =>
        writes.ReadAsync(db => db.Set<PaymentEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.EventId == eventId, cancellationToken), cancellationToken);
}

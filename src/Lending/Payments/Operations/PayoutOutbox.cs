using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Payments.Operations;

/// <summary>
/// The transfer a disbursement owes the carrier, written as a <see cref="PaymentOperation"/> in the disbursement's own
/// transaction: if the process dies between the ledger's commit and Stripe's answer, the row is still there, with the
/// idempotency key the transfer will be sent with (<see cref="PayoutOutboxDrain"/> sends what was left).
/// </summary>
public static class PayoutOutbox
{
    public static async Task AddAsync(LendingDbContext db, PaymentRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        if (await db.Set<PaymentOperation>().AnyAsync(o => o.IdempotencyKey == request.IdempotencyKey, cancellationToken)) return;
        db.Set<PaymentOperation>().Add(new PaymentOperation
        {
            Id = Guid.CreateVersion7(now),
            IdempotencyKey = request.IdempotencyKey,
            Kind = PaymentOperationKind.Transfer,
            CampaignId = request.CampaignId,
            UserId = request.UserId,
            AmountCents = request.AmountCents,
            Status = PaymentOperationStatus.Started,
            CreatedAt = now,
            UpdatedAt = now,
        });
    }
}

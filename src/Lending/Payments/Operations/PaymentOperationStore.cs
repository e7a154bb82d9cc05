using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Payments.Operations;

/// <summary>
/// Records each write before it is sent (with its idempotency key) and its result after. A retry of the same key
/// finds the first row: a finished operation is answered from the row, an unfinished one is sent again with the same
/// key, which the service answers with its first result.
/// </summary>
public sealed class PaymentOperationStore(LendingWrites writes, TimeProvider time)
{
    public Task<PaymentOperation> BeginAsync(string idempotencyKey, PaymentOperationKind kind, PaymentRequest request, CancellationToken cancellationToken) =>
        BeginAsync(idempotencyKey, kind, request, null, cancellationToken);

    public Task<PaymentOperation> BeginAsync(
        string idempotencyKey, PaymentOperationKind kind, PaymentRequest request, int? instalmentNumber, CancellationToken cancellationToken) =>
        writes.RunAsync(async db =>
        {
            var existing = await db.Set<PaymentOperation>().FirstOrDefaultAsync(o => o.IdempotencyKey == idempotencyKey, cancellationToken);
            var now = time.GetUtcNow();
            if (existing is not null)
            {
                existing.Attempts++;
                existing.UpdatedAt = now;
                await db.SaveChangesAsync(cancellationToken);
                return existing;
            }

            var operation = new PaymentOperation
            {
                Id = Guid.CreateVersion7(now),
                IdempotencyKey = idempotencyKey,
                Kind = kind,
                CampaignId = request.CampaignId,
                PledgeId = request.PledgeId,
                UserId = request.UserId,
                AmountCents = request.AmountCents,
                InstalmentNumber = instalmentNumber,
                Status = PaymentOperationStatus.Started,
                Attempts = 1,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Set<PaymentOperation>().Add(operation);
            await db.SaveChangesAsync(cancellationToken);
            return operation;
        }, cancellationToken);

    public Task<PaymentOperation> UpdateAsync(Guid operationId, Action<PaymentOperation> change, CancellationToken cancellationToken) =>
        writes.RunAsync(async db =>
        {
            var operation = await db.Set<PaymentOperation>().FirstAsync(o => o.Id == operationId, cancellationToken);
            change(operation);
            operation.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            return operation;
        }, cancellationToken);

    public Task<PaymentOperation?> FindByObjectAsync(string providerObjectId, CancellationToken cancellationToken) =>
        writes.ReadAsync(db => db.Set<PaymentOperation>().AsNoTracking()
            .FirstOrDefaultAsync(o => o.ProviderObjectId == providerObjectId || o.PaymentIntentId == providerObjectId, cancellationToken), cancellationToken);

    /// <summary>The pledge's operation of a kind that reached a state, newest first.</summary>
    public Task<PaymentOperation?> FindForPledgeAsync(Guid pledgeId, PaymentOperationKind kind, CancellationToken cancellationToken) =>
        writes.ReadAsync(async db => (await db.Set<PaymentOperation>().AsNoTracking()
                .Where(o => o.PledgeId == pledgeId && o.Kind == kind).ToListAsync(cancellationToken))
            .OrderByDescending(o => o.CreatedAt).FirstOrDefault(), cancellationToken);

    public Task<List<PaymentOperation>> ListForCampaignAsync(Guid campaignId, CancellationToken cancellationToken) =>
        writes.ReadAsync(db => db.Set<PaymentOperation>().AsNoTracking().Where(o => o.CampaignId == campaignId).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>Operations of a kind in one of the given states (the outbox and the debits read them).</summary>
    public Task<List<PaymentOperation>> ListAsync(PaymentOperationKind kind, IReadOnlyCollection<PaymentOperationStatus> statuses, CancellationToken cancellationToken) =>
        writes.ReadAsync(db => db.Set<PaymentOperation>().AsNoTracking().Where(o => o.Kind == kind && statuses.Contains(o.Status)).ToListAsync(cancellationToken), cancellationToken);

    public Task<string?> FindCustomerAsync(string userId, CancellationToken cancellationToken) =>
        writes.ReadAsync(async db => (await db.Set<PaymentCustomer>().AsNoTracking().FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken))?.CustomerId, cancellationToken);

    public Task SaveCustomerAsync(string userId, string customerId, CancellationToken cancellationToken) =>
        writes.RunAsync(async db =>
        {
            if (await db.Set<PaymentCustomer>().AnyAsync(c => c.UserId == userId, cancellationToken)) return 0;
            db.Set<PaymentCustomer>().Add(new PaymentCustomer { UserId = userId, CustomerId = customerId, CreatedAt = time.GetUtcNow() });
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public Task<ConnectedAccount?> FindAccountAsync(string carrierUserId, CancellationToken cancellationToken) =>
        writes.ReadAsync(db => db.Set<ConnectedAccount>().AsNoTracking().FirstOrDefaultAsync(a => a.CarrierUserId == carrierUserId, cancellationToken), cancellationToken);

    public Task SaveAccountAsync(string carrierUserId, string accountId, CancellationToken cancellationToken) =>
        writes.RunAsync(async db =>
        {
            if (await db.Set<ConnectedAccount>().AnyAsync(a => a.CarrierUserId == carrierUserId, cancellationToken)) return 0;
            var now = time.GetUtcNow();
            db.Set<ConnectedAccount>().Add(new ConnectedAccount { CarrierUserId = carrierUserId, AccountId = accountId, CreatedAt = now, UpdatedAt = now });
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public Task MarkAccountAsync(string carrierUserId, bool payoutsEnabled, CancellationToken cancellationToken) =>
        writes.RunAsync(async db =>
        {
            var account = await db.Set<ConnectedAccount>().FirstOrDefaultAsync(a => a.CarrierUserId == carrierUserId, cancellationToken);
            if (account is null || account.PayoutsEnabled == payoutsEnabled) return 0;
            account.PayoutsEnabled = payoutsEnabled;
            account.UpdatedAt = time.GetUtcNow();
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public Task<ConnectedAccount?> FindAccountByIdAsync(string accountId, CancellationToken cancellationToken) =>
        writes.ReadAsync(db => db.Set<ConnectedAccount>().AsNoTracking().FirstOrDefaultAsync(a => a.AccountId == accountId, cancellationToken), cancellationToken);
}

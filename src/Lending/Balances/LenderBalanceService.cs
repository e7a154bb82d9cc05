using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Ledger;
using Plateforme.Lending.Messages;
using Plateforme.Lending.Money;
using Plateforme.Lending.Payments;
using Plateforme.Lending.Resources;
using Plateforme.Lending.Store;
using Plateforme.Lending.Validation;

namespace Plateforme.Lending.Balances;

/// <summary>
/// Lenders' balances (sums of the ledger): repayments credit them; a lender re-lends from it (a pledge with
/// <see cref="Pledges.PledgeFunding.Balance"/>) or asks for a withdrawal, which a moderator pays by transfer.
/// </summary>
public sealed class LenderBalanceService(LendingWrites writes, TimeProvider time, IPaymentProvider payments)
{
    /// <summary>What the lender can re-lend or withdraw now.</summary>
    public Task<long> GetBalanceAsync(string lenderId, CancellationToken cancellationToken = default) =>
        writes.ReadAsync(db => LedgerBalances.LenderAsync(db, lenderId, cancellationToken), cancellationToken);

    /// <summary>
    /// Takes the amount from the balance at once (so it cannot be spent twice) and waits for a moderator's transfer.
    /// The key is the page's (one per form display); a replay returns the first request.
    /// </summary>
    public Task<WithdrawalRequest> RequestWithdrawalAsync(string lenderId, long amountCents, string idempotencyKey, CancellationToken cancellationToken = default) =>
        writes.RunAsync(async db =>
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(lenderId);
            ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
            if (idempotencyKey.Length > 150) throw new ArgumentException("Idempotency keys are at most 150 characters.", nameof(idempotencyKey));
            await db.LockLenderAsync(lenderId, cancellationToken);
            var previous = await db.WithdrawalRequests.AsNoTracking().FirstOrDefaultAsync(w => w.IdempotencyKey == idempotencyKey, cancellationToken);
            if (previous is not null)
            {
                return previous.LenderUserId == lenderId && previous.AmountCents == amountCents
                    ? previous
                    : throw new IdempotencyConflictException($"The key \"{idempotencyKey}\" was already used for another withdrawal.");
            }

            if (amountCents <= 0) throw LendingValidationException.For("AmountCents", LendingMessages.AmountMustBePositive);
            var balance = await LedgerBalances.LenderAsync(db, lenderId, cancellationToken);
            if (amountCents > balance) throw LendingValidationException.For("AmountCents", LendingMessageFormat.Format(LendingMessages.BalanceAvailable, Cents.Format(balance)));

            var now = time.GetUtcNow();
            var request = new WithdrawalRequest
            {
                Id = Guid.CreateVersion7(now),
                LenderUserId = lenderId,
                AmountCents = amountCents,
                IdempotencyKey = idempotencyKey,
                Status = WithdrawalStatus.Requested,
                RequestedAt = now,
            };
            db.WithdrawalRequests.Add(request);
            await LedgerWriter.PostAsync(db, new LedgerPosting("withdrawal:" + idempotencyKey, LedgerCode.WithdrawalRequested, null,
            [
                new LedgerLine(LedgerAccounts.Lender(lenderId), amountCents, UserId: lenderId),
                new LedgerLine(LedgerAccounts.WithdrawalsInProgress, -amountCents, UserId: lenderId),
            ]), now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return request;
        }, cancellationToken);

    /// <summary>A moderator made the transfer. Marking twice is harmless.</summary>
    public async Task<WithdrawalRequest> MarkWithdrawalPaidAsync(Guid withdrawalId, string moderatorId, string transferReference, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(moderatorId);
        var (request, newlyPaid) = await writes.RunAsync(async db =>
        {
            var lenderIds = await db.WithdrawalRequests.AsNoTracking().Where(w => w.Id == withdrawalId).Select(w => w.LenderUserId).ToListAsync(cancellationToken);
            if (lenderIds.Count == 0) throw new LendingNotFoundException(LendingMessages.WithdrawalNotFound);
            // Read again under the lender's lock: a concurrent confirmation must be seen.
            await db.LockLenderAsync(lenderIds[0], cancellationToken);
            var request = await db.WithdrawalRequests.FirstAsync(w => w.Id == withdrawalId, cancellationToken);
            if (request.Status == WithdrawalStatus.Paid) return (request, false);
            var now = time.GetUtcNow();
            await LedgerWriter.PostAsync(db, new LedgerPosting("withdrawal-paid:" + withdrawalId.ToString("N"), LedgerCode.WithdrawalPaid, null,
            [
                new LedgerLine(LedgerAccounts.WithdrawalsInProgress, request.AmountCents, UserId: request.LenderUserId),
                new LedgerLine(LedgerAccounts.Cash, -request.AmountCents, UserId: request.LenderUserId),
            ]), now, cancellationToken);
            request.Status = WithdrawalStatus.Paid;
            request.PaidAt = now;
            request.PaidBy = moderatorId;
            request.TransferReference = transferReference;
            await MessageOutbox.AddAsync(db, MessageOutbox.ToUser(OutgoingMessageKind.WithdrawalPaid, request.LenderUserId, Guid.Empty,
                $"withdrawal-paid:{withdrawalId:N}", now, amount: request.AmountCents), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return (request, true);
        }, cancellationToken);
        Plateforme.Data.Faults.FaultPoints.Reach("lending.withdrawal.after-commit");
        if (newlyPaid)
        {
            await payments.PayOutAsync(new PaymentRequest("withdrawal-paid:" + withdrawalId.ToString("N"), Guid.Empty, null, request.LenderUserId, request.AmountCents), cancellationToken);
        }

        return request;
    }

    /// <summary>Withdrawals waiting for a transfer, oldest first, for the moderators' page.</summary>
    public Task<List<WithdrawalRequest>> ListPendingWithdrawalsAsync(CancellationToken cancellationToken = default) =>
        writes.ReadAsync(async db =>
        {
            var pending = await db.WithdrawalRequests.AsNoTracking().Where(w => w.Status == WithdrawalStatus.Requested).ToListAsync(cancellationToken);
            return pending.OrderBy(w => w.RequestedAt).ToList();
        }, cancellationToken);
}

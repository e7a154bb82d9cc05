using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Ledger;

/// <summary>
/// Posts balanced transactions inside the caller's database transaction. A key seen before returns the first
/// transaction when it describes the same movement, and is refused when it does not.
/// </summary>
internal static class LedgerWriter
{
    public const int MaxKeyLength = 200;

    public static async Task<LedgerTransaction> PostAsync(LendingDbContext db, LedgerPosting posting, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lines = posting.Lines.Where(l => l.AmountCents != 0).ToList();
        Validate(posting, lines);
        var fingerprint = Fingerprint(posting.Code, lines);

        var existing = await db.LedgerTransactions.AsNoTracking().Include(t => t.Entries)
            .FirstOrDefaultAsync(t => t.IdempotencyKey == posting.IdempotencyKey, cancellationToken);
        if (existing is not null)
        {
            if (!string.Equals(existing.Fingerprint, fingerprint, StringComparison.Ordinal))
            {
                throw new IdempotencyConflictException($"The key \"{posting.IdempotencyKey}\" was already used for another movement.");
            }

            return existing;
        }

        var transaction = new LedgerTransaction
        {
            Id = Guid.CreateVersion7(now),
            IdempotencyKey = posting.IdempotencyKey,
            Code = posting.Code,
            CampaignId = posting.CampaignId,
            CreatedAt = now,
            Fingerprint = fingerprint,
        };
        foreach (var line in lines)
        {
            transaction.Entries.Add(new LedgerEntry
            {
                TransactionId = transaction.Id,
                Account = line.Account,
                AmountCents = line.AmountCents,
                CampaignId = line.CampaignId,
                PledgeId = line.PledgeId,
                UserId = line.UserId,
            });
        }

        db.LedgerTransactions.Add(transaction);
        return transaction;
    }

    /// <summary>Whether a key is already used (to answer a replay before redoing any work).</summary>
    public static Task<bool> ExistsAsync(LendingDbContext db, string key, CancellationToken cancellationToken) =>
        db.LedgerTransactions.AnyAsync(t => t.IdempotencyKey == key, cancellationToken);

    private static void Validate(LedgerPosting posting, List<LedgerLine> lines)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(posting.IdempotencyKey);
        if (posting.IdempotencyKey.Length > MaxKeyLength) throw new ArgumentException("Idempotency keys are at most 200 characters.", nameof(posting));
        if (lines.Count < 2) throw new ArgumentException("A transaction moves money between at least two accounts.", nameof(posting));
        if (lines.Sum(l => l.AmountCents) != 0) throw new ArgumentException("A transaction must balance: its entries sum to zero.", nameof(posting));
    }

    private static string Fingerprint(LedgerCode code, List<LedgerLine> lines) =>
        code.ToString() + "|" + string.Join(';', lines
            .Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Account}/{l.PledgeId:N}/{l.AmountCents}"))
            .Order(StringComparer.Ordinal));
}

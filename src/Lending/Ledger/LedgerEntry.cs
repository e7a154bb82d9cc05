namespace Plateforme.Lending.Ledger;

/// <summary>
/// One side of a transfer. Signed cents: positive debits the account, negative credits it. A liability such as a
/// lender's balance is therefore credits − debits, i.e. the negated sum of its entries.
/// </summary>
public sealed class LedgerEntry
{
    public long Id { get; init; }
    public Guid TransactionId { get; init; }
    public required string Account { get; init; }
    public long AmountCents { get; init; }

    /// <summary>Copied from the account's owner so balances and shares are simple sums.</summary>
    public Guid? CampaignId { get; init; }
    public Guid? PledgeId { get; init; }
    public string? UserId { get; init; }
}

namespace Plateforme.Lending.Ledger;

/// <summary>An immutable, balanced set of entries. The idempotency key is unique: a replay finds the first one.</summary>
public sealed class LedgerTransaction
{
    public Guid Id { get; init; }
    public required string IdempotencyKey { get; init; }
    public LedgerCode Code { get; init; }
    public Guid? CampaignId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Code and entries in a canonical form: a reuse of the key with other amounts is detected by it.</summary>
    public required string Fingerprint { get; init; }
    public List<LedgerEntry> Entries { get; init; } = [];
}

namespace Plateforme.Lending.Ledger;

/// <summary>A transaction to post. The key is chosen by the caller before anything external happens.</summary>
public sealed record LedgerPosting(string IdempotencyKey, LedgerCode Code, Guid? CampaignId, IReadOnlyList<LedgerLine> Lines);

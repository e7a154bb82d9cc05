namespace Plateforme.Lending.Ledger;

/// <summary>An entry to post: positive debits, negative credits.</summary>
public sealed record LedgerLine(string Account, long AmountCents, Guid? CampaignId = null, Guid? PledgeId = null, string? UserId = null);

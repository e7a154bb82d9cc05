namespace Plateforme.Lending.Payments;

/// <summary>One movement asked of the provider; the key is the ledger transaction's, reused on retry.</summary>
public sealed record PaymentRequest(string IdempotencyKey, Guid CampaignId, Guid? PledgeId, string UserId, long AmountCents);

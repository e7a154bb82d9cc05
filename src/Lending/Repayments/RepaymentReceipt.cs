namespace Plateforme.Lending.Repayments;

/// <summary>
/// Money received from a carrier, as a moderator (or later a provider webhook) records it. The idempotency key is
/// chosen by the caller (e.g. the bank transfer's reference) and reused on retry.
/// </summary>
public sealed record RepaymentReceipt(Guid CampaignId, long AmountCents, DateOnly ReceivedOn, string IdempotencyKey, string RecordedBy, string? Reference = null);

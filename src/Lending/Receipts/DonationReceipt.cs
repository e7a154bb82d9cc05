namespace Plateforme.Lending.Receipts;

/// <summary>
/// A tax receipt for one collected donation. Everything printed is copied here at issue, so the document renders the
/// same bytes whenever it is downloaded again. A refund cancels it (kept, marked); its number is never given again.
/// </summary>
public sealed class DonationReceipt
{
    public Guid Id { get; init; }
    public Guid PledgeId { get; init; }
    public Guid CampaignId { get; init; }
    public required string IssuerKey { get; init; }
    public int Year { get; init; }
    public long Sequence { get; init; }

    /// <summary>« 2026-000042 »: the year and the issuer's sequence of that year.</summary>
    public required string Number { get; init; }
    public required string DonorUserId { get; init; }
    public required string DonorName { get; init; }
    public required string DonorAddress { get; init; }
    public long AmountCents { get; init; }

    /// <summary>The day the money was received (Europe/Paris).</summary>
    public DateOnly DonatedOn { get; init; }
    public required string PaymentMeans { get; init; }
    public required string IssuerName { get; init; }
    public required string IssuerAddress { get; init; }
    public required string IssuerPurpose { get; init; }
    public required string IssuerKind { get; init; }
    public required string SignerName { get; init; }
    public required string SignerRole { get; init; }
    public required string CampaignTitle { get; init; }
    public DateTimeOffset IssuedAt { get; init; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelReason { get; set; }

    public bool IsCancelled => CancelledAt is not null;
}

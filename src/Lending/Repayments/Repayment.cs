namespace Plateforme.Lending.Repayments;

/// <summary>A payment received from the carrier, applied to the schedule in order and shared among lenders.</summary>
public sealed class Repayment
{
    public Guid Id { get; init; }
    public Guid CampaignId { get; init; }
    public long AmountCents { get; init; }
    public DateOnly ReceivedOn { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
    public required string RecordedBy { get; init; }
    public required string IdempotencyKey { get; init; }
    public string? Reference { get; init; }

    /// <summary>"number:cents;…": the instalments this repayment paid, so a replay can answer the same.</summary>
    public string AppliedTo { get; set; } = "";
}

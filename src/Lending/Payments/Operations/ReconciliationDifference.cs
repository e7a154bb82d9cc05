namespace Plateforme.Lending.Payments.Operations;

/// <summary>One disagreement between the payment service's records and the ledger, found by the daily reconciliation.</summary>
public sealed class ReconciliationDifference
{
    public Guid Id { get; init; }
    public DateOnly Day { get; init; }

    /// <summary>charge, refund or transfer.</summary>
    public required string ObjectKind { get; init; }
    public required string ObjectId { get; init; }
    public long? ProviderCents { get; init; }
    public long? LedgerCents { get; init; }
    public required string Detail { get; init; }
    public DateTimeOffset DetectedAt { get; init; }
}

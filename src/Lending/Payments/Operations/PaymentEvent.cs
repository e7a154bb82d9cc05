namespace Plateforme.Lending.Payments.Operations;

/// <summary>
/// A webhook event received and verified: the primary key on the service's event id makes each one handled once,
/// and the row is the durable queue the background drain works from (the endpoint only stores it and answers).
/// </summary>
public sealed class PaymentEvent
{
    public required string EventId { get; init; }
    public required string Type { get; init; }
    public string? ObjectId { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

namespace Plateforme.Lending.Payments.Operations;

/// <summary>
/// One write asked of the payment service, stored with its idempotency key (derived from our own ids) before the call,
/// so a retry after a timeout or a crash sends the same key and the service answers with the first result instead of
/// charging twice. The service's object id and outcome are filled in from its answer or its webhooks.
/// </summary>
public sealed class PaymentOperation
{
    public Guid Id { get; init; }
    public required string IdempotencyKey { get; init; }
    public PaymentOperationKind Kind { get; init; }
    public Guid CampaignId { get; init; }
    public Guid? PledgeId { get; init; }
    public int? InstalmentNumber { get; init; }
    public required string UserId { get; init; }
    public long AmountCents { get; init; }
    public PaymentOperationStatus Status { get; set; }
    public int Attempts { get; set; }

    /// <summary>The service's id of what it made (checkout session, payment intent, refund, transfer).</summary>
    public string? ProviderObjectId { get; set; }

    /// <summary>Where to send the person (a hosted page), when there is one.</summary>
    public string? RedirectUrl { get; set; }
    public string? CustomerId { get; set; }
    public string? PaymentMethodId { get; set; }

    /// <summary>The payment intent that moved the money (to refund it, to reconcile it).</summary>
    public string? PaymentIntentId { get; set; }

    /// <summary>The service's error code (card_declined, authentication_required…), for the reminder and the moderators.</summary>
    public string? FailureCode { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

namespace Plateforme.Lending.Payments.Operations;

public enum PaymentOperationStatus
{
    /// <summary>Recorded, with its idempotency key, before the call: a crash here is retried with the same key.</summary>
    Started,

    /// <summary>Accepted by the service; its outcome comes later (a webhook).</summary>
    Pending,

    /// <summary>The payer must act on-session (authentication required).</summary>
    RequiresAction,
    Succeeded,
    Failed,
}

namespace Plateforme.Lending.Payments.Stripe;

public enum WebhookVerdict
{
    Valid,

    /// <summary>No Stripe-Signature header, or one without a timestamp or a v1 signature.</summary>
    Unsigned,

    /// <summary>No v1 signature matches the body with our secret.</summary>
    WrongSignature,

    /// <summary>Signed, but its timestamp is further from now than the tolerance (a replay).</summary>
    Stale,
}

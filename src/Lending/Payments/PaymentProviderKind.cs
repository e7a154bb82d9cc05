namespace Plateforme.Lending.Payments;

/// <summary>The value of <c>Lending:Payments:Provider</c>.</summary>
public enum PaymentProviderKind
{
    /// <summary>No payment service: transfers and cheques confirmed by moderators (the default).</summary>
    Offline,
    Stripe,
}

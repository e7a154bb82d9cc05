namespace Plateforme.Lending.Payments.Operations;

/// <summary>A person's customer record at the payment service, which holds their saved cards and mandates.</summary>
public sealed class PaymentCustomer
{
    public required string UserId { get; init; }
    public required string CustomerId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

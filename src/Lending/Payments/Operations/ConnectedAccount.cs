namespace Plateforme.Lending.Payments.Operations;

/// <summary>A carrier's account at the payment service (Stripe Connect), to which collected money is transferred.</summary>
public sealed class ConnectedAccount
{
    public required string CarrierUserId { get; init; }
    public required string AccountId { get; init; }
    public bool PayoutsEnabled { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

namespace Plateforme.Lending.Balances;

/// <summary>A lender asking for (part of) their balance by bank transfer.</summary>
public sealed class WithdrawalRequest
{
    public Guid Id { get; init; }
    public required string LenderUserId { get; init; }
    public long AmountCents { get; init; }
    public required string IdempotencyKey { get; init; }
    public WithdrawalStatus Status { get; set; }
    public DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? PaidAt { get; set; }
    public string? PaidBy { get; set; }
    public string? TransferReference { get; set; }
}

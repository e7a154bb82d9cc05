namespace Plateforme.Lending.Ledger;

/// <summary>An idempotency key already used for a different movement (other amounts or accounts).</summary>
public sealed class IdempotencyConflictException : InvalidOperationException
{
    public IdempotencyConflictException()
    {
    }

    public IdempotencyConflictException(string message)
        : base(message)
    {
    }

    public IdempotencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

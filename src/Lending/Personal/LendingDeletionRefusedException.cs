namespace Plateforme.Lending.Personal;

/// <summary>Pseudonymisation asked while the retention policy refuses it (a loan started since the person was told).</summary>
public sealed class LendingDeletionRefusedException : InvalidOperationException
{
    public LendingDeletionRefusedException()
    {
    }

    public LendingDeletionRefusedException(string message)
        : base(message)
    {
    }

    public LendingDeletionRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LendingDeletionRefusedException(IReadOnlyList<string> refusals)
        : base(string.Join(" ", refusals ?? [])) => Refusals = refusals ?? [];

    /// <summary>The French reasons, one sentence each.</summary>
    public IReadOnlyList<string> Refusals { get; } = [];
}

namespace Plateforme.Accounts.Personal;

/// <summary>
/// Thrown by a module's <see cref="IPersonalDataContributor.DeleteAsync"/> when its records turn out to need the
/// person after all (a loan started after the check): the deletion answers these French reasons instead of failing.
/// </summary>
public sealed class AccountDeletionRefusedException : Exception
{
    public AccountDeletionRefusedException()
    {
    }

    public AccountDeletionRefusedException(string message)
        : base(message)
    {
    }

    public AccountDeletionRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AccountDeletionRefusedException(IReadOnlyList<string> reasons, Exception? innerException = null)
        : base(string.Join(" ", reasons ?? []), innerException) => Reasons = reasons ?? [];

    public IReadOnlyList<string> Reasons { get; } = [];
}

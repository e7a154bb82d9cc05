namespace Plateforme.Accounts.Personal;

/// <summary>
/// A module that keeps records of a person's actions outside the accounts store (the moderation journal, the
/// calls an organisation posted). When the account is deleted, each keeper keeps its records but removes
/// anything that still points to the person.
/// </summary>
public interface IPersonalRecordKeeper
{
    Task AnonymiseAsync(Guid userId, CancellationToken cancellationToken = default);
}

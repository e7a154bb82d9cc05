namespace Plateforme.Lending.Personal;

/// <summary>
/// Whether a person's lending records let their account be deleted now, and if not why (French sentences, one per
/// running contract or money still theirs). Empty reasons: deletion pseudonymises at once.
/// </summary>
public sealed record DeletionAssessment(IReadOnlyList<string> Refusals, bool HasLendingRecords)
{
    public bool Allowed => Refusals.Count == 0;
}

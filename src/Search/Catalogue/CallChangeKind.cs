namespace Plateforme.Search.Catalogue;

public enum CallChangeKind
{
    Created,
    Updated,
    StateChanged,
    SourceAdded,
    Merged,

    /// <summary>A source proposed new values for a published call; they wait for a moderator (DiffJson holds before/after).</summary>
    PendingReview,
}

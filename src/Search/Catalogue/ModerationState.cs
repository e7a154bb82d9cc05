namespace Plateforme.Search.Catalogue;

public enum ModerationState
{
    Draft,
    ToReview,
    Published,
    Rejected,
    Merged,

    /// <summary>Its sources stopped listing it: kept for history, out of search.</summary>
    Withdrawn,
}

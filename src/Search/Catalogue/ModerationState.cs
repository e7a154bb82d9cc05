namespace Plateforme.Search.Catalogue;

public enum ModerationState
{
    Draft,
    ToReview,
    Published,
    Rejected,
    Merged,
}

namespace Plateforme.Crawler.Pipeline;

public enum MergeOutcome
{
    /// <summary>A new call entered the catalogue.</summary>
    Created,

    /// <summary>The call was already known (from this source or another) and changed.</summary>
    Updated,

    /// <summary>Nothing to change.</summary>
    Unchanged,

    /// <summary>New values wait for a moderator; the published ones stay live.</summary>
    PendingReview,
}

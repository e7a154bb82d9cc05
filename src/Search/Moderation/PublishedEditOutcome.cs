namespace Plateforme.Search.Moderation;

/// <summary>What became of a funder's edit of its published call.</summary>
/// <param name="DatesApplied">Date fields changed and are live at once.</param>
/// <param name="SentForReview">Other fields changed and wait for a moderator (before/after review).</param>
public sealed record PublishedEditOutcome(SubmissionOutcome Outcome, bool DatesApplied, bool SentForReview)
{
    public static PublishedEditOutcome Of(SubmissionOutcome outcome) => new(outcome, false, false);
}

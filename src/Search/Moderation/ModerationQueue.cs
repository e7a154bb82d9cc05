namespace Plateforme.Search.Moderation;

/// <summary>Everything waiting for a moderator, oldest first in each part, with the full counts.</summary>
public sealed record ModerationQueue(
    IReadOnlyList<ReviewItem> Submitted,
    int SubmittedCount,
    IReadOnlyList<ReviewItem> Imported,
    int ImportedCount,
    IReadOnlyList<PendingChange> Changes,
    int ChangeCount);

namespace Plateforme.Search.Moderation;

/// <summary>What a moderator decided, as the journal names it.</summary>
public enum ModerationAction
{
    Approved,
    EditedAndApproved,
    Rejected,
    ChangeApplied,
    ChangeDiscarded,
}

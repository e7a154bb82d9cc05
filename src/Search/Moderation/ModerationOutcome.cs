namespace Plateforme.Search.Moderation;

public enum ModerationOutcome
{
    Done,
    NotFound,

    /// <summary>Another moderator decided first (or the call is no longer waiting): nothing was changed.</summary>
    AlreadyDecided,
}

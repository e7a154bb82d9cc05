namespace Plateforme.Search.Moderation;

/// <summary>
/// One line of the moderation journal: who decided what about which call, when and why. Kept for good; when the
/// moderator's account is deleted the record stays and <see cref="ModeratorId"/> is cleared (RGPD).
/// </summary>
public sealed class ModerationRecord
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The moderator's account, or null once that account was deleted.</summary>
    public Guid? ModeratorId { get; set; }

    public ModerationAction Action { get; set; }

    public Guid CallId { get; set; }

    /// <summary>The call's title at the time of the decision, so the journal reads on its own.</summary>
    public required string CallTitle { get; set; }

    /// <summary>The pending change (a <c>CallChange</c> id) applied or discarded, for those actions.</summary>
    public long? ChangeId { get; set; }

    public string? Reason { get; set; }

    /// <summary>{ "Field": { "before": …, "after": … } } of what the decision changed on the call, if anything.</summary>
    public string? DiffJson { get; set; }
}

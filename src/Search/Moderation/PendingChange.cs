namespace Plateforme.Search.Moderation;

/// <summary>Values a source proposed for a published call, waiting for a moderator.</summary>
/// <param name="Actor">Who proposed it ("crawler:region-hdf").</param>
public sealed record PendingChange(long ChangeId, Guid CallId, string CallTitle, string CallSlug, string Actor, DateTimeOffset At, string? Reason, IReadOnlyList<FieldChange> Fields);

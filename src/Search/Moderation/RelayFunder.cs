namespace Plateforme.Search.Moderation;

/// <summary>
/// Who funds a call a relay posts: a funder of the reference list (<paramref name="ExistingSlug"/>) or a new one it
/// proposes (<paramref name="ProposedName"/>, <paramref name="ProposedKind"/>), kept out of the reference list until a
/// moderator accepts the call. <paramref name="StructureId"/>: the partner structure the relay posts for, if any.
/// </summary>
public sealed record RelayFunder(string? ExistingSlug, string? ProposedName, string? ProposedKind, Guid? StructureId);

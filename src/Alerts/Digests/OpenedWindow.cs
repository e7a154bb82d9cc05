namespace Plateforme.Alerts.Digests;

/// <summary>A published call whose later window became its next one, with that window's dates.</summary>
public sealed record OpenedWindow(Guid CallId, DateTimeOffset OpenedAt, DateOnly? OpensOn, DateOnly? Deadline);

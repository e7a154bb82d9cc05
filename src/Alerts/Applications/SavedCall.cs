namespace Plateforme.Alerts.Applications;

/// <summary>The call being saved, as the page knows it.</summary>
public sealed record SavedCall(Guid CallId, string Slug, string Title, DateOnly? Deadline);

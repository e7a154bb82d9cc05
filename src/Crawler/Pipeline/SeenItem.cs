namespace Plateforme.Crawler.Pipeline;

/// <summary>An item a run listed, and the catalogue call it went to.</summary>
public sealed record SeenItem(string ExternalId, Guid CallId, string CanonicalUrl);

namespace Plateforme.Crawler.Health;

/// <summary>A call's page on a source that answered 404 or 410 since <see cref="Since"/>.</summary>
public sealed record DeadLink(string SourceId, string Url, DateTimeOffset Since, int? StatusCode);

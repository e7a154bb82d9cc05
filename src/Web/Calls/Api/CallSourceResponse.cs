namespace Plateforme.Web.Calls.Api;

public sealed record CallSourceResponse(string SourceId, string Url, DateTimeOffset FirstSeenAt, DateTimeOffset LastSeenAt);

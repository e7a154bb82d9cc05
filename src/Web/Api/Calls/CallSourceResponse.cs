namespace Plateforme.Web.Api.Calls;

public sealed record CallSourceResponse(string SourceId, string Url, DateTimeOffset FirstSeenAt, DateTimeOffset LastSeenAt);

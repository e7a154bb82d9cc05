


namespace Plateforme.Web.Admin.Sources.Api;

/// <summary>An item's page that answered 404/410 since <see cref="Since"/>, with the call it feeds.</summary>
public sealed record AdminDeadLinkResponse(string Url, Guid CallId, DateTimeOffset Since, int? StatusCode);

namespace Plateforme.Web.Api.Admin;

/// <summary>The answer to "run now": where to follow the source's runs.</summary>
public sealed record SourceRunAccepted(string SourceId, string Status);

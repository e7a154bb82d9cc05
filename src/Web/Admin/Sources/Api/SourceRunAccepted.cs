


namespace Plateforme.Web.Admin.Sources.Api;

/// <summary>The answer to "run now": where to follow the source's runs.</summary>
public sealed record SourceRunAccepted(string SourceId, string Status);

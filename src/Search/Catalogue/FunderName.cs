namespace Plateforme.Search.Catalogue;

/// <summary>A funder's slug and name, as the funder filter lists them.</summary>
public sealed record FunderName(string Slug, string Name);

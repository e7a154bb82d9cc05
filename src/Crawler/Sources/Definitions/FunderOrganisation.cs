namespace Plateforme.Crawler.Sources.Definitions;

/// <summary>The organisation behind the source (the funder, or the publisher for an aggregator).</summary>
public sealed record FunderOrganisation(string Name, string Slug);

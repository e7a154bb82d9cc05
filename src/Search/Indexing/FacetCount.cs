namespace Plateforme.Search.Indexing;

public sealed record FacetCount(string Value, string Label, int Count);

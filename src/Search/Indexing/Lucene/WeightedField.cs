namespace Plateforme.Search.Indexing.Lucene;

internal readonly record struct WeightedField(string Name, float Boost);

namespace Plateforme.Search.Indexing;

/// <summary>A filter value: the slug an API accepts and the French label a person reads.</summary>
public sealed record LabelledValue(string Value, string Label);

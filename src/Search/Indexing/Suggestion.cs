namespace Plateforme.Search.Indexing;

/// <summary>An autocomplete entry. Kind is "title" (Value is the call's id), "funder" or "theme" (Value is the slug).</summary>
public sealed record Suggestion(string Kind, string Value, string Label);

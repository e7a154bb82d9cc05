namespace Plateforme.Search.Reference;

/// <summary>One value of a reference list: the slug stored and accepted by the API, the French label people read.</summary>
/// <param name="Group">A heading to group values under in a form ("Aide financière", "Ingénierie"), when the list has one.</param>
public sealed record ReferenceItem(string Slug, string Label, string? Description = null, string? Group = null);

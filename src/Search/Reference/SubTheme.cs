namespace Plateforme.Search.Reference;

/// <summary>A finer theme ("tiers-lieux") inside <see cref="ThemeSlug"/>; slugs are unique across the whole taxonomy.</summary>
public sealed record SubTheme(string Slug, string Label, string ThemeSlug, IReadOnlyList<string> Keywords);

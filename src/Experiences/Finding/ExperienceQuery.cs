namespace Plateforme.Experiences.Finding;

/// <summary>A search of the published sheets: words, and filters by theme, innovation category, territory and carrier type (slugs).</summary>
public sealed record ExperienceQuery
{
    public string Text { get; init; } = "";
    public IReadOnlyList<string> Themes { get; init; } = [];
    public string? Innovation { get; init; }

    /// <summary>A territory code: a sheet matches when this code is its place or encloses it (ancestry).</summary>
    public string? Territory { get; init; }

    public string? Carrier { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

namespace Plateforme.Crawler.Extraction.Detection;

/// <summary>Themes and sub-themes found for a call, most evident first.</summary>
public sealed record ThemeDetection(IReadOnlyList<string> Themes, IReadOnlyList<string> SubThemes)
{
    public static ThemeDetection None { get; } = new([], []);
}

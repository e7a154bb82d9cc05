namespace Plateforme.Crawler.Sources;

/// <summary>The "Crawler:Sources" configuration section.</summary>
public sealed class CrawlerSourcesOptions
{
    public const string SectionName = "Crawler:Sources";

    /// <summary>
    /// Real site root → local root ("https://www.somme.fr" → "http://127.0.0.1:5123"), for tests
    /// and fixture mode only. Empty in production.
    /// </summary>
    public Dictionary<string, string> BaseUrlOverrides { get; init; } = [];

    /// <summary>A folder of extra or replacement definition files; the embedded ones are used when empty.</summary>
    public string? DefinitionsDirectory { get; init; }
}

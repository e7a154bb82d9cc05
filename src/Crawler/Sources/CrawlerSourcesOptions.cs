namespace Plateforme.Crawler.Sources;

/// <summary>The "Crawler:Sources" configuration section.</summary>
public sealed class CrawlerSourcesOptions
{
    public const string SectionName = "Crawler:Sources";

    /// <summary>
    /// Requests to a real site root sent elsewhere instead, for tests and the fixture mode only.
    /// Empty in production.
    /// </summary>
    public List<BaseUrlOverride> BaseUrlOverrides { get; init; } = [];

    /// <summary>A folder of definition files that add to, or replace by id, the embedded ones.</summary>
    public string? DefinitionsDirectory { get; set; }
}

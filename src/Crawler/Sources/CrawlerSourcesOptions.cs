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

    /// <summary>
    /// The day every page is taken to have been fetched, instead of the clock and the server's Date header: a replay
    /// of archived pages (the command line's <c>--today</c>) resolves « 15 mars » and « jusqu'au 3 juin » as on that day.
    /// Null in production.
    /// </summary>
    public DateOnly? Today { get; set; }
}

namespace Plateforme.Crawler.Store;

public enum CrawlRunOutcome
{
    /// <summary>Still going (or the process died while it ran).</summary>
    Running,

    /// <summary>Every page read, no error.</summary>
    Succeeded,

    /// <summary>Some pages or items failed; what was read was merged.</summary>
    PartiallySucceeded,

    /// <summary>Nothing usable: the source could not be read.</summary>
    Failed,

    Cancelled,
}

using System.ComponentModel.DataAnnotations;

namespace Plateforme.Crawler.Pipeline;

/// <summary>The "Crawler:Pipeline" configuration section: how crawled calls enter the catalogue.</summary>
public sealed class CrawlerOptions
{
    public const string SectionName = "Crawler:Pipeline";

    /// <summary>
    /// Sources whose new calls are published at once (an official funder's own site, the State's aggregator).
    /// Calls from other sources wait for a moderator ("ToReview"). Empty by default: everything is reviewed.
    /// </summary>
    public List<string> TrustedSources { get; init; } = [];

    /// <summary>Complete runs in a row that must miss an item before its call is withdrawn.</summary>
    [Range(1, 100)]
    public int MissedRunsBeforeWithdrawal { get; set; } = 3;

    /// <summary>Sources crawled at once by "run --all".</summary>
    [Range(1, 32)]
    public int ParallelSources { get; set; } = 4;
}

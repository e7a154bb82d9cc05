namespace Plateforme.Crawler.Store;

/// <summary>One run of one source, for the source health page.</summary>
public sealed class CrawlRun
{
    public long Id { get; set; }
    public required string SourceId { get; set; }
    public int SourceRevision { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public CrawlRunOutcome Outcome { get; set; } = CrawlRunOutcome.Running;

    public int PagesFetched { get; set; }

    /// <summary>Pages answered 304: unchanged since the last run, not re-read.</summary>
    public int PagesNotModified { get; set; }
    public int ItemsFound { get; set; }
    public int CallsCreated { get; set; }
    public int CallsUpdated { get; set; }
    public int CallsUnchanged { get; set; }

    /// <summary>Calls whose new values wait for a moderator.</summary>
    public int CallsPendingReview { get; set; }
    public int CallsWithdrawn { get; set; }

    /// <summary>
    /// Calls of this run that have a deadline (or say they are permanent), for the « champs manquants » health: null
    /// for runs recorded before it was counted.
    /// </summary>
    public int? CallsWithDeadline { get; set; }

    /// <summary>Calls of this run that have an amount (ceiling, floor, envelope or rate); null before it was counted.</summary>
    public int? CallsWithAmount { get; set; }

    /// <summary>Calls extracted by this run (merged or not), the base of the two shares above; null before it was counted.</summary>
    public int? CallsExtracted { get; set; }

    /// <summary>Detail pages answered 404 or 410.</summary>
    public int DeadLinks { get; set; }

    /// <summary>
    /// Whether the run saw the whole source (no error, no 304-shortened walk): only such runs count
    /// towards withdrawing the calls it did not see.
    /// </summary>
    public bool Complete { get; set; }

    /// <summary>What went wrong, in French, for the source health page.</summary>
    public List<string> Errors { get; set; } = [];
}

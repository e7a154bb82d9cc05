using Plateforme.Crawler.Store;

namespace Plateforme.Web.Admin.Sources.Api;

/// <summary>One run of a source with its figures and a sample of its errors.</summary>
public sealed record AdminRunResponse(
    long Id, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, CrawlRunOutcome Outcome, bool Complete,
    int PagesFetched, int PagesNotModified, int ItemsFound, int CallsCreated, int CallsUpdated, int CallsUnchanged,
    int CallsWithdrawn, int CallsPendingReview, int DeadLinks, int ErrorCount, IReadOnlyList<string> ErrorSamples)
{
    public const int MaxErrorSamples = 20;

    /// <summary>Calls extracted by the run, the base of the two counts below; null for runs recorded before they were counted.</summary>
    public int? CallsExtracted { get; init; }

    /// <summary>Calls with a deadline (or permanent): their drop is the « champs manquants » health.</summary>
    public int? CallsWithDeadline { get; init; }

    public int? CallsWithAmount { get; init; }

    public static AdminRunResponse From(CrawlRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.Id, run.StartedAt, run.EndedAt, run.Outcome, run.Complete, run.PagesFetched, run.PagesNotModified, run.ItemsFound,
            run.CallsCreated, run.CallsUpdated, run.CallsUnchanged, run.CallsWithdrawn, run.CallsPendingReview, run.DeadLinks,
            run.Errors.Count, [.. run.Errors.Take(MaxErrorSamples)])
        {
            CallsExtracted = run.CallsExtracted,
            CallsWithDeadline = run.CallsWithDeadline,
            CallsWithAmount = run.CallsWithAmount,
        };
    }
}

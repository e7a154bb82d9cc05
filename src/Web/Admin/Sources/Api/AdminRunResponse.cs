using Plateforme.Crawler.Store;

namespace Plateforme.Web.Admin.Sources.Api;

/// <summary>One run of a source with its figures and a sample of its errors.</summary>
public sealed record AdminRunResponse(
    long Id, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, CrawlRunOutcome Outcome, bool Complete,
    int PagesFetched, int PagesNotModified, int ItemsFound, int CallsCreated, int CallsUpdated, int CallsUnchanged,
    int CallsWithdrawn, int CallsPendingReview, int DeadLinks, int ErrorCount, IReadOnlyList<string> ErrorSamples)
{
    public const int MaxErrorSamples = 20;

    public static AdminRunResponse From(CrawlRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.Id, run.StartedAt, run.EndedAt, run.Outcome, run.Complete, run.PagesFetched, run.PagesNotModified, run.ItemsFound,
            run.CallsCreated, run.CallsUpdated, run.CallsUnchanged, run.CallsWithdrawn, run.CallsPendingReview, run.DeadLinks,
            run.Errors.Count, [.. run.Errors.Take(MaxErrorSamples)]);
    }
}

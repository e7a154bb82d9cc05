using Microsoft.Extensions.Logging;
using Plateforme.Crawler.Pipeline;
using Quartz;

namespace Plateforme.Crawler.Scheduling;

/// <summary>One scheduled crawl of one source; a source never runs twice at once (one job key per source).</summary>
[DisallowConcurrentExecution]
public sealed partial class CrawlSourceJob(CrawlRunner runner, ILogger<CrawlSourceJob> logger) : IJob
{
    public const string SourceIdKey = "sourceId";
    public const string Group = "crawl";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sourceId = context.MergedJobDataMap.GetString(SourceIdKey);
        if (string.IsNullOrEmpty(sourceId))
        {
            LogMissingSource(context.JobDetail.Key.Name);
            return;
        }

        // The runner records a source's failure in its run instead of throwing.
        await runner.RunAsync(sourceId, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Crawl job {JobName} has no source id")]
    private partial void LogMissingSource(string jobName);
}

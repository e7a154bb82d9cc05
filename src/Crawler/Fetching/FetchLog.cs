using Microsoft.Extensions.Logging;

namespace Plateforme.Crawler.Fetching;

/// <summary>The pipeline's log lines, structured by source so that one site's trouble can be found.</summary>
internal static partial class FetchLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Fetched {Url} for {SourceId}: {StatusCode}, {Bytes} bytes")]
    public static partial void Fetched(ILogger logger, string sourceId, Uri url, int statusCode, int bytes);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Fetch of {Url} for {SourceId} ended as {Outcome}: {Error}")]
    public static partial void NotFetched(ILogger logger, string sourceId, Uri url, FetchOutcome outcome, string? error);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Retrying {Url} for {SourceId} in {Delay} (attempt {Attempt}, cause {Cause})")]
    public static partial void Retrying(ILogger logger, string sourceId, Uri url, TimeSpan delay, int attempt, string cause);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "robots.txt of {Authority} is {Kind} ({RuleCount} rules, crawl-delay {CrawlDelay})")]
    public static partial void RobotsRead(ILogger logger, string authority, Robots.RobotsVerdictKind kind, int ruleCount, TimeSpan? crawlDelay);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Fetch of {Url} for {SourceId} not modified")]
    public static partial void NotModified(ILogger logger, string sourceId, Uri url);
}

using System.Diagnostics;
using System.Diagnostics.Metrics;
using Plateforme.Crawler.Store;

namespace Plateforme.Crawler;

/// <summary>
/// The crawler's traces and metrics, plain <see cref="System.Diagnostics"/>: a host that wants them subscribes to
/// <see cref="SourceName"/> and <see cref="MeterName"/>. Every measurement is tagged with the source id and the outcome.
/// </summary>
public static class CrawlerTelemetry
{
    public const string SourceName = "Plateforme.Crawler";
    public const string MeterName = "Plateforme.Crawler";

    /// <summary>One span per run of one source.</summary>
    public const string RunActivity = "plateforme.crawler.source_run";
    public const string RunsInstrument = "plateforme.crawler.runs";
    public const string RunDurationInstrument = "plateforme.crawler.run.duration";
    public const string CallsFoundInstrument = "plateforme.crawler.calls.found";
    public const string CallsCreatedInstrument = "plateforme.crawler.calls.created";
    public const string CallsUpdatedInstrument = "plateforme.crawler.calls.updated";

    private static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Runs = Meter.CreateCounter<long>(RunsInstrument, "{run}", "Source runs ended.");
    private static readonly Histogram<double> RunDuration = Meter.CreateHistogram<double>(RunDurationInstrument, "s", "How long a source run took.");
    private static readonly Counter<long> CallsFound = Meter.CreateCounter<long>(CallsFoundInstrument, "{call}", "Items read from the sources.");
    private static readonly Counter<long> CallsCreated = Meter.CreateCounter<long>(CallsCreatedInstrument, "{call}", "Calls new to the catalogue.");
    private static readonly Counter<long> CallsUpdated = Meter.CreateCounter<long>(CallsUpdatedInstrument, "{call}", "Calls whose values changed.");

    /// <summary>Starts the span of a source run (null when no one listens).</summary>
    public static Activity? StartRun(string sourceId) => Source.StartActivity(RunActivity)?.SetTag("crawler.source", sourceId);

    /// <summary>An ended run: its figures on the span and on the instruments.</summary>
    public static void RecordRun(Activity? activity, CrawlRun run, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(run);
        activity?.SetTag("crawler.outcome", run.Outcome.ToString())
            .SetTag("crawler.calls.found", run.ItemsFound)
            .SetTag("crawler.calls.created", run.CallsCreated)
            .SetTag("crawler.calls.updated", run.CallsUpdated)
            .SetTag("crawler.errors", run.Errors.Count);
        if (run.Outcome == CrawlRunOutcome.Failed) activity?.SetStatus(ActivityStatusCode.Error);
        var source = new KeyValuePair<string, object?>("crawler.source", run.SourceId);
        var outcome = new KeyValuePair<string, object?>("crawler.outcome", run.Outcome.ToString());
        Runs.Add(1, source, outcome);
        RunDuration.Record(elapsed.TotalSeconds, source, outcome);
        CallsFound.Add(run.ItemsFound, source);
        CallsCreated.Add(run.CallsCreated, source);
        CallsUpdated.Add(run.CallsUpdated, source);
    }
}

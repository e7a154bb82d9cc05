using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Plateforme.Search;

/// <summary>
/// The search module's traces and metrics, plain <see cref="System.Diagnostics"/>: a host that wants them subscribes
/// to <see cref="SourceName"/> (activities) and <see cref="MeterName"/> (instruments); otherwise they cost nothing.
/// </summary>
public static class SearchTelemetry
{
    public const string SourceName = "Plateforme.Search";
    public const string MeterName = "Plateforme.Search";

    /// <summary>One span per search run against the index.</summary>
    public const string SearchActivity = "plateforme.search.query";
    public const string SearchesInstrument = "plateforme.search.count";
    public const string DurationInstrument = "plateforme.search.duration";

    private static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Searches = Meter.CreateCounter<long>(SearchesInstrument, "{search}", "Searches run against the index.");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(DurationInstrument, "s", "How long a search took in the index.");

    /// <summary>Starts the span of a search (null when no one listens).</summary>
    public static Activity? StartSearch(string backend) => Source.StartActivity(SearchActivity)?.SetTag("search.backend", backend);

    /// <summary>Ends a search: its result count on the span, one count and its duration on the instruments.</summary>
    public static void RecordSearch(Activity? activity, int total, bool fuzzy, TimeSpan elapsed)
    {
        activity?.SetTag("search.results", total).SetTag("search.fuzzy", fuzzy);
        var found = new KeyValuePair<string, object?>("search.found", total > 0);
        Searches.Add(1, found);
        Duration.Record(elapsed.TotalSeconds, found);
    }
}

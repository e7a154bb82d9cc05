namespace Plateforme.Crawler.Bench;

/// <summary>What one crawl of the stub hosts gave: time, outcomes, arrivals per host and heap sizes.</summary>
internal sealed record PolitenessMeasurement(
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, int> Outcomes,
    long CharactersDecoded,
    IReadOnlyList<IReadOnlyList<DateTime>> ArrivalsPerHost,
    long HeapBeforeBytes,
    long HeapAfterBytes,
    long HeapPeakBytes)
{
    /// <summary>The smallest gap between two page requests to one host, per host.</summary>
    public IReadOnlyList<TimeSpan> MinimumGapPerHost() =>
        [.. ArrivalsPerHost.Where(arrivals => arrivals.Count > 1)
            .Select(arrivals => arrivals.Zip(arrivals.Skip(1), (earlier, later) => later - earlier).Min())];

    /// <summary>Every gap between two consecutive page requests to one host, all hosts together.</summary>
    public IReadOnlyList<TimeSpan> AllGaps() =>
        [.. ArrivalsPerHost.SelectMany(arrivals => arrivals.Zip(arrivals.Skip(1), (earlier, later) => later - earlier))];

    public int RequestsSeen => ArrivalsPerHost.Sum(arrivals => arrivals.Count);
}

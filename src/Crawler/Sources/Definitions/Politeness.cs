namespace Plateforme.Crawler.Sources.Definitions;

/// <summary>Per-source overrides of the fetcher's defaults, for sites that ask to be read more slowly.</summary>
public sealed record Politeness
{
    public double? MinDelaySeconds { get; init; }

    public TimeSpan? MinimumDelay => MinDelaySeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
}

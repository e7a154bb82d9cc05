namespace Plateforme.Crawler.Fetching;

/// <summary>What a connector asks for; the source's politeness overrides travel with it.</summary>
public sealed record FetchRequest(Uri Url, string SourceId)
{
    /// <summary>Minimum gap between two requests to the same host, when the source asks for more than the default.</summary>
    public TimeSpan? MinimumDelay { get; init; }

    /// <summary>Accept header sent, e.g. "application/json" for API connectors.</summary>
    public string? Accept { get; init; }

    /// <summary>Sent only to the host of <see cref="Url"/>: a redirect to another host never carries it.</summary>
    public System.Net.Http.Headers.AuthenticationHeaderValue? Authorization { get; init; }
}

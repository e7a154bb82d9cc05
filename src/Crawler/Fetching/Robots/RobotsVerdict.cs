namespace Plateforme.Crawler.Fetching.Robots;

/// <summary>What robots.txt says for one authority, and until when it may be trusted.</summary>
internal sealed record RobotsVerdict(RobotsVerdictKind Kind, RobotsRules Rules, DateTimeOffset ExpiresAt)
{
    /// <summary>Why the host is closed, for the health page (French).</summary>
    public string? Reason { get; init; }
}

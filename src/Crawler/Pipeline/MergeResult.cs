namespace Plateforme.Crawler.Pipeline;

/// <summary>What the merger did with one crawled call, and which catalogue call holds it.</summary>
public sealed record MergeResult(MergeOutcome Outcome, Guid CallId)
{
    /// <summary>The call was found on another source and this listing added to it.</summary>
    public bool JoinedExistingCall { get; init; }
}

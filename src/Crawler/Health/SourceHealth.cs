namespace Plateforme.Crawler.Health;

/// <summary>A source's health with its French label and the reason, for the CLI, the public and admin pages and the API.</summary>
public sealed record SourceHealth(SourceHealthState State, string Label, string Reason)
{
    /// <summary>Whether an admin should look at the source.</summary>
    public bool IsFlagged => State is SourceHealthState.MissingFields or SourceHealthState.DecliningYield or SourceHealthState.Failing;
}

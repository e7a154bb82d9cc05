using Plateforme.Crawler.Health;

namespace Plateforme.Web.Admin.Sources.Api;

/// <summary>A source's health: its state, French label and reason, and whether an admin should look.</summary>
public sealed record AdminHealthResponse(SourceHealthState State, string Label, string Reason, bool Flagged)
{
    public static AdminHealthResponse From(SourceHealth health)
    {
        ArgumentNullException.ThrowIfNull(health);
        return new(health.State, health.Label, health.Reason, health.IsFlagged);
    }
}

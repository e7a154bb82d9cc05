namespace Plateforme.Crawler.Pipeline;

/// <summary>What the merger needs to know about the source a call came from.</summary>
/// <param name="FunderSlug">Slug of the organisation behind the source, used when an item names it.</param>
/// <param name="Trusted">New calls are published at once, and changes to calls no moderator touched apply at once.</param>
public sealed record SourcePolicy(string SourceId, string FunderName, string FunderSlug, bool Trusted)
{
    /// <summary>The actor written in every <see cref="Search.Catalogue.CallChange"/> of this source.</summary>
    public string Actor => $"crawler:{SourceId}";
}

namespace Plateforme.Web.Calls.Reference;

/// <summary>A value a filter accepts: the slug to send, the French label to show, and what it covers.</summary>
public sealed record ReferenceValue(string Value, string Label, string? Description = null, string? Group = null)
{
    /// <summary>Sub-themes of a theme; enclosing perimeters of a territory.</summary>
    public IReadOnlyList<ReferenceValue>? Children { get; init; }
}

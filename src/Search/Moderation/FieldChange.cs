using System.Text.Json.Nodes;

namespace Plateforme.Search.Moderation;

/// <summary>One field of a diff, with its values in the history's JSON form.</summary>
public sealed record FieldChange(string Name, JsonNode? Before, JsonNode? After)
{
    /// <summary>The fields of a stored { "Field": { "before", "after" } } diff; nothing for a missing or broken one.</summary>
    public static IReadOnlyList<FieldChange> Parse(string? diffJson)
    {
        if (string.IsNullOrWhiteSpace(diffJson)) return [];
        try
        {
            return JsonNode.Parse(diffJson) is JsonObject diff
                ? [.. diff.Select(p => new FieldChange(p.Key, p.Value?["before"]?.DeepClone(), p.Value?["after"]?.DeepClone()))]
                : [];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }
}

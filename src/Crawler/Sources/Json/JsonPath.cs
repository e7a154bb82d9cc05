using System.Globalization;
using System.Text.Json;

namespace Plateforme.Crawler.Sources.Json;

/// <summary>
/// The small JSON path the definitions need: "$.results[*]", "title", "organization.name",
/// "financers[*]", "financers_full[*].name", "items[0].url". No filters, no recursion.
/// </summary>
public static class JsonPath
{
    public static IEnumerable<JsonElement> Select(JsonElement root, string path)
    {
        IEnumerable<JsonElement> current = [root];
        var trimmed = path.Trim();
        trimmed = trimmed.StartsWith('$') ? trimmed[1..] : trimmed;
        foreach (var segment in trimmed.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            current = Step(current, segment).ToList();
        }

        return current;
    }

    /// <summary>The value at <paramref name="path"/> as text: strings as they are, lists joined with ", ", null when absent or empty.</summary>
    public static string? Text(JsonElement root, string path)
    {
        var values = Select(root, path).Select(ToText).OfType<string>().Where(value => value.Length > 0).ToList();
        return values.Count == 0 ? null : string.Join(", ", values);
    }

    private static IEnumerable<JsonElement> Step(IEnumerable<JsonElement> elements, string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        var name = bracket >= 0 ? segment[..bracket] : segment;
        var index = bracket >= 0 ? segment[(bracket + 1)..].TrimEnd(']') : null;
        foreach (var element in elements)
        {
            var target = element;
            if (name.Length > 0)
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out target))
                {
                    continue;
                }
            }

            if (index is null)
            {
                yield return target;
            }
            else if (target.ValueKind == JsonValueKind.Array)
            {
                if (index == "*")
                {
                    foreach (var child in target.EnumerateArray())
                    {
                        yield return child;
                    }
                }
                else if (int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position < target.GetArrayLength())
                {
                    yield return target[position];
                }
            }
        }
    }

    private static string? ToText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()?.Trim(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        JsonValueKind.Array => string.Join(", ", element.EnumerateArray().Select(ToText).OfType<string>().Where(v => v.Length > 0)),
        JsonValueKind.Object => element.GetRawText(),
        _ => null,
    };
}

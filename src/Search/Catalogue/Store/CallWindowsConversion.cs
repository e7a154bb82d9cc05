using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Plateforme.Search.Catalogue.Store;

/// <summary>
/// A call's windows as one JSON text column, the same on SQLite and PostgreSQL:
/// [{"opens":"2026-03-01","closes":"2026-04-15","at":"17:00"}]. Nothing is ever queried inside it.
/// </summary>
internal static class CallWindowsConversion
{
    public static ValueConverter<List<CallWindow>, string> Converter { get; } = new(w => Write(w), s => Read(s));

    public static ValueComparer<List<CallWindow>> Comparer { get; } = new(
        (a, b) => (a ?? new List<CallWindow>()).SequenceEqual(b ?? new List<CallWindow>()),
        w => w.Aggregate(0, (hash, window) => HashCode.Combine(hash, window.GetHashCode())),
        w => w.ToList());

    private static string Write(List<CallWindow> windows)
    {
        var array = new JsonArray();
        foreach (var window in windows)
        {
            var item = new JsonObject();
            if (window.OpensOn is { } opens) item["opens"] = opens.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            item["closes"] = window.ClosesOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (window.ClosesAt is { } at) item["at"] = at.ToString("HH:mm", CultureInfo.InvariantCulture);
            array.Add(item);
        }
        return array.ToJsonString();
    }

    private static List<CallWindow> Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        try
        {
            if (JsonNode.Parse(text) is not JsonArray array) return [];
            var windows = new List<CallWindow>(array.Count);
            foreach (var item in array.OfType<JsonObject>())
            {
                if (Date(item["closes"]) is not { } closes) continue;
                windows.Add(new CallWindow(Date(item["opens"]), closes, Time(item["at"])));
            }
            return windows;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static DateOnly? Date(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static TimeOnly? Time(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && TimeOnly.TryParseExact(s, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}

using System.Text.Json;
using Plateforme.Experiences.Sheets;
using Plateforme.Search.Text;

namespace Plateforme.Experiences.Import;

/// <summary>
/// Reads a uMap GeoJSON export (a FeatureCollection whose features carry « name » and « description » properties)
/// into drafts. The preview says which features duplicate an existing sheet (same title once folded); importing
/// creates the drafts of the others, to be completed (place, themes, carrier) and submitted like any sheet.
/// </summary>
public sealed class UmapImporter(ExperienceService sheets)
{
    public async Task<IReadOnlyList<UmapCandidate>> PreviewAsync(Stream export, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(export);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(export, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            throw new UmapFormatException(Resources.ExperienceText.ErrorUmapNotJson);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
                throw new UmapFormatException(Resources.ExperienceText.ErrorUmapNotFeatureCollection);
            var existing = (await sheets.AllAsync(cancellationToken).ConfigureAwait(false)).Select(s => (Sheet: s, Title: Key(s.Title))).ToList();
            var candidates = new List<UmapCandidate>();
            var position = 0;
            foreach (var feature in features.EnumerateArray())
            {
                position++;
                var properties = feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
                var name = Text(properties, "name");
                var (description, links) = UmapMarkup.Read(Text(properties, "description"));
                var (latitude, longitude) = Point(feature);
                var input = new ExperienceInput
                {
                    Title = name,
                    Summary = description.Split('\n').FirstOrDefault() ?? "",
                    Context = description,
                    TerritoryCode = "nat:FR",
                    Latitude = latitude,
                    Longitude = longitude,
                    Links = string.Join("\n", links),
                    Source = Resources.ExperienceText.UmapSource,
                };
                var problems = name.Length == 0 ? new[] { Resources.ExperienceText.ErrorUmapNoName } : [];
                candidates.Add(new UmapCandidate(position, input, DuplicateOf(name, existing), problems));
            }

            return candidates;
        }
    }

    /// <summary>Creates the drafts of the candidates that neither duplicate a sheet nor lack a name; answers how many.</summary>
    public async Task<int> ImportAsync(IReadOnlyList<UmapCandidate> candidates, ExperienceActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var created = 0;
        foreach (var candidate in candidates.Where(c => c.Duplicate is null && c.Problems.Count == 0))
        {
            await sheets.SaveImportedDraftAsync(candidate.Input, actor, cancellationToken).ConfigureAwait(false);
            created++;
        }

        return created;
    }

    // « Wimoov » on the map and « Wimoov : des plateformes de mobilité… » in the base are one experience: a title
    // that begins with the other (folded, punctuation ignored) is a duplicate.
    private static Experience? DuplicateOf(string name, IEnumerable<(Experience Sheet, string Title)> existing)
    {
        var key = Key(name);
        if (key.Length < 4) return null;
        return existing.FirstOrDefault(e => e.Title.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(e.Title, StringComparison.Ordinal)).Sheet;
    }

    private static string Key(string title) => string.Join(' ', FrenchFolding.Words(title));

    private static string Text(JsonElement properties, string name) =>
        properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!.Trim()
            : "";

    private static (double? Latitude, double? Longitude) Point(JsonElement feature)
    {
        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object) return (null, null);
        if (!geometry.TryGetProperty("type", out var type) || type.GetString() != "Point") return (null, null);
        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.GetArrayLength() < 2) return (null, null);
        // GeoJSON orders longitude first.
        return (coordinates[1].GetDouble(), coordinates[0].GetDouble());
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Plateforme.Search.Text;

namespace Plateforme.Search.Reference;

/// <summary>
/// The themes and sub-themes a call is filed under, with French labels and detection keywords,
/// read from the embedded Data/themes.json. Immutable once loaded.
/// </summary>
public sealed class ThemeTaxonomy
{
    private static readonly Lazy<ThemeTaxonomy> DefaultInstance = new(() => FromJson(EmbeddedReferenceData.ReadText("themes.json")));

    private readonly Dictionary<string, Theme> themes;
    private readonly Dictionary<string, SubTheme> subThemes;
    private readonly Dictionary<string, string> slugByFoldedText;

    private ThemeTaxonomy(IReadOnlyList<Theme> all)
    {
        All = all;
        themes = all.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        subThemes = all.SelectMany(t => t.SubThemes).ToDictionary(s => s.Slug, StringComparer.Ordinal);
        AllSubThemes = [.. all.SelectMany(t => t.SubThemes)];
        slugByFoldedText = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var theme in all)
        {
            slugByFoldedText.TryAdd(FrenchFolding.FoldWords(theme.Slug), theme.Slug);
            slugByFoldedText.TryAdd(FrenchFolding.FoldWords(theme.Label), theme.Slug);
        }
    }

    public static ThemeTaxonomy Default => DefaultInstance.Value;

    /// <summary>Themes in display order.</summary>
    public IReadOnlyList<Theme> All { get; }

    public IReadOnlyList<SubTheme> AllSubThemes { get; }

    public Theme? Find(string? slug) => slug is null ? null : themes.GetValueOrDefault(slug);

    public SubTheme? FindSubTheme(string? slug) => slug is null ? null : subThemes.GetValueOrDefault(slug);

    public bool IsTheme(string? slug) => slug is not null && themes.ContainsKey(slug);

    public bool IsSubTheme(string? slug) => slug is not null && subThemes.ContainsKey(slug);

    /// <summary>The French label of a theme, or the slug itself when unknown (an old slug still shows).</summary>
    public string LabelOf(string slug) => Find(slug)?.Label ?? slug;

    public string SubThemeLabelOf(string slug) => FindSubTheme(slug)?.Label ?? slug;

    /// <summary>The theme slug for a slug or a label written loosely ("Culture et Patrimoine", "CULTURE_PATRIMOINE").</summary>
    public bool TryNormalize(string? text, [NotNullWhen(true)] out string? slug)
    {
        slug = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (themes.ContainsKey(text))
        {
            slug = text;
            return true;
        }
        return slugByFoldedText.TryGetValue(FrenchFolding.FoldWords(text), out slug);
    }

    /// <summary>Builds a taxonomy from JSON shaped like Data/themes.json; rejects duplicate slugs.</summary>
    internal static ThemeTaxonomy FromJson(string json)
    {
        var data = JsonSerializer.Deserialize<List<ThemeData>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException("The theme taxonomy is empty.");
        var all = data.Select(t => new Theme(
            t.Slug,
            t.Label,
            t.Description ?? "",
            t.Keywords ?? [],
            [.. (t.SubThemes ?? []).Select(s => new SubTheme(s.Slug, s.Label, t.Slug, s.Keywords ?? []))])).ToList();
        var slugs = all.Select(t => t.Slug).Concat(all.SelectMany(t => t.SubThemes).Select(s => s.Slug)).ToList();
        var duplicate = slugs.GroupBy(s => s, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidDataException($"Theme slug '{duplicate.Key}' appears twice.");
        return new ThemeTaxonomy(all);
    }

    private sealed record ThemeData(string Slug, string Label, string? Description, List<string>? Keywords, List<SubThemeData>? SubThemes);

    private sealed record SubThemeData(string Slug, string Label, List<string>? Keywords);
}

using System.Globalization;
using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Extraction.Detection;
using Plateforme.Crawler.Extraction.Html;
using Plateforme.Crawler.Extraction.Identity;
using Plateforme.Crawler.Sources;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Reference;

namespace Plateforme.Crawler.Pipeline;

/// <summary>
/// Lays what a connector read structurally over the normalised call: the source's list of funders (never
/// re-split, the first one leads the fingerprint), its contact and project examples sanitised as HTML, its spending
/// kinds, its categories read one by one, and the details the catalogue keeps beside (<see cref="CallDetails"/>).
/// A source with no structure leaves the normalised call as it is.
/// </summary>
public static class SourceStructure
{
    private static readonly HtmlCleaner Cleaner = new();

    public static (NormalizedCall Call, CallDetails? Details) Apply(RawCall raw, NormalizedCall call)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(call);
        if (raw.FunderNames.Count > 0)
        {
            var funders = raw.FunderNames.Select(FrenchText.CollapseWhiteSpace).Where(f => f.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            call = call with
            {
                Funders = funders,
                Fingerprint = CallFingerprint.Compute(call.Title, funders.FirstOrDefault(), call.Deadline),
                Warnings = funders.Count > 0 ? [.. call.Warnings.Where(w => w != ExtractionWarnings.FunderMissing)] : call.Warnings,
            };
        }

        if (raw.DestinationSlugs.Count > 0) call = call with { Destinations = raw.DestinationSlugs };
        if (ThemesOf(raw.Categories) is { Themes.Count: > 0 } themes)
        {
            call = call with
            {
                Themes = themes.Themes,
                SubThemes = themes.SubThemes,
                Warnings = [.. call.Warnings.Where(w => w != ExtractionWarnings.ThemesMissing)],
            };
        }

        var contact = Cleaner.Clean(raw.ContactHtml, raw.Url);
        if (contact.Html.Length > 0) call = call with { Contact = Plain(contact.Html) };
        if (!HasDetails(raw)) return (call, null);

        var examples = Cleaner.Clean(raw.ProjectExamplesHtml, raw.Url);
        return (call, new CallDetails
        {
            ShortTitle = Clip(Trimmed(raw.ShortTitle), 200),
            ContactHtml = NullIfEmpty(contact.Html),
            ProjectExamples = NullIfEmpty(Plain(examples.Html)),
            ProjectExamplesHtml = NullIfEmpty(examples.Html),
            PreDepositOn = DateOf(raw.PreDepositText) ?? call.PreDepositDeadline,
            Programmes = [.. raw.ProgrammeNames.Select(FrenchText.CollapseWhiteSpace).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
            PerimeterScale = Clip(Trimmed(raw.PerimeterScale), 64),
            IsCharged = raw.IsCharged,
            EuropeanAid = EuropeanAidOf(raw.EuropeanAid),
            SourceUpdatedAt = raw.SourceUpdatedAt,
            AttributionMention = Clip(Trimmed(HtmlCleaner.ToPlainText(raw.AttributionMention)), 1000),
            AttributionLicence = Clip(Trimmed(raw.AttributionLicence), 64),
            AttributionUrl = raw.AttributionUrl is { IsAbsoluteUri: true } url && url.Scheme is "http" or "https" ? Clip(url.AbsoluteUri, 2048) : null,
        });
    }

    private static bool HasDetails(RawCall raw) =>
        raw.ShortTitle is not null || raw.ContactHtml is not null || raw.ProjectExamplesHtml is not null || raw.PreDepositText is not null
        || raw.ProgrammeNames.Count > 0 || raw.PerimeterScale is not null || raw.IsCharged is not null || raw.EuropeanAid is not null
        || raw.SourceUpdatedAt is not null || raw.AttributionMention is not null || raw.AttributionLicence is not null;

    /// <summary>Each category on its own, its name read as a whole (commas and slashes included), its theme as context.</summary>
    private static ThemeDetection? ThemesOf(IReadOnlyList<SourceCategory> categories)
    {
        if (categories.Count == 0) return null;
        var themes = new List<string>();
        var subThemes = new List<string>();
        foreach (var category in categories)
        {
            // The category says what the call is about; its theme, far broader, only when the category says nothing.
            var detected = ThemeDetector.Default.Detect(category.Name, null);
            if (detected.Themes.Count == 0 && category.Theme is { } theme) detected = ThemeDetector.Default.Detect(theme, null);
            if (detected.Themes.Count == 0) continue;
            var lead = detected.Themes[0];
            if (!themes.Contains(lead)) themes.Add(lead);
            // Sub-themes of the other detected themes would bring those themes back in: only the lead's are kept.
            foreach (var slug in detected.SubThemes.Where(s => ThemeTaxonomy.Default.FindSubTheme(s)?.ThemeSlug == lead))
            {
                if (!subThemes.Contains(slug)) subThemes.Add(slug);
            }
        }

        return new ThemeDetection(themes, subThemes);
    }

    /// <summary>aides-territoires' european_aid: "sectorial", "organizational", or "european" for either.</summary>
    private static string? EuropeanAidOf(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "sectorial" or "sectorielle" => EuropeanAidKinds.Sectoral,
        "organizational" or "structurelle" => EuropeanAidKinds.Structural,
        _ => EuropeanAidKinds.European,
    };

    private static DateOnly? DateOf(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Plain(string html) => HtmlCleaner.ToPlainText(html);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : FrenchText.CollapseWhiteSpace(text);

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string? Clip(string? text, int length) => text is { } t && t.Length > length ? t[..length] : text;
}

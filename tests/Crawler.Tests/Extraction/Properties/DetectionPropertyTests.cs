using FsCheck.Xunit;
using Plateforme.Crawler.Extraction;
using Plateforme.Crawler.Extraction.Detection;
using Plateforme.Search.Reference;

namespace Plateforme.Crawler.Tests.Extraction.Properties;

/// <summary>Detectors on any text: never throw, and answer only with slugs of the reference lists.</summary>
[Properties(Arbitrary = [typeof(UnicodeTexts)], MaxTest = 200)]
public sealed class DetectionPropertyTests
{
    [Property]
    public void Aid_types_and_beneficiaries_are_reference_slugs(UnicodeText text)
    {
        foreach (var field in new[] { false, true })
        {
            Assert.All(AidTypeDetector.Detect(text.Value, field), s => Assert.Contains(s, ReferenceLists.Default.AidTypes.Slugs));
            Assert.All(BeneficiaryDetector.Detect(text.Value, field), s => Assert.Contains(s, ReferenceLists.Default.Beneficiaries.Slugs));
        }
    }

    [Property]
    public void Themes_are_at_most_three_known_slugs(UnicodeText title, UnicodeText body)
    {
        var detected = ThemeDetector.Default.Detect(title.Value, body.Value);
        Assert.True(detected.Themes.Count <= 3);
        var known = ThemeTaxonomy.Default.All.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        Assert.All(detected.Themes, t => Assert.Contains(t, known));
        Assert.All(ThemeDetector.Default.FromField(body.Value).Themes, t => Assert.Contains(t, known));
    }

    [Property]
    public void Territory_is_a_known_code_or_nothing(UnicodeText text)
    {
        foreach (var field in new[] { false, true })
        {
            if (TerritoryResolver.Default.Resolve(text.Value, field) is { } code) Assert.True(TerritoryDirectory.Default.IsKnown(code), code.ToString());
        }
    }

    [Property]
    public void Call_for_projects_and_sections_never_throw(UnicodeText text)
    {
        _ = CallForProjectsDetector.IsCallForProjects(text.Value, null, text.Value.ToUpperInvariant());
        var section = PageSections.Beneficiaries(text.Value);
        Assert.True(section is null || text.Value.Contains(section, StringComparison.Ordinal));
        Assert.True(section is null || UnicodeText.IsWellFormed(section) || !UnicodeText.IsWellFormed(text.Value), text.ToString());
    }
}

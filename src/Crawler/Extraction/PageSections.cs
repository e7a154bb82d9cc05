using System.Text.RegularExpressions;

namespace Plateforme.Crawler.Extraction;

/// <summary>
/// Finds the part of a page under a heading such as "Bénéficiaires" or "Qui peut candidater ?", so that
/// detectors read who may apply from there rather than from the whole page.
/// </summary>
internal static partial class PageSections
{
    private const int SectionLength = 400;

    public static string? Beneficiaries(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var folded = FrenchText.FoldKeepingLength(text);
        var m = BeneficiaryHeading().Match(folded);
        if (!m.Success) return null;
        var start = m.Index + m.Length;
        return text[start..Math.Min(text.Length, start + SectionLength)];
    }

    [GeneratedRegex(@"(?:beneficiaires?|qui peut (?:candidater|deposer|postuler|en beneficier)|pour qui|public(?:s)? (?:cible|eligible|vise)s?|structures? eligibles?|porteurs? de projets? eligibles?|eligibilite|peuvent candidater)\s*[:?\-]?")]
    private static partial Regex BeneficiaryHeading();
}

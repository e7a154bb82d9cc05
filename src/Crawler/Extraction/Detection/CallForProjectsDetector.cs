using System.Text.RegularExpressions;

namespace Plateforme.Crawler.Extraction.Detection;

/// <summary>
/// Whether a call is an "appel à projets" / "appel à manifestation d'intérêt" (or "à candidatures") rather than a
/// standing aid, from its title or tags: "AAP", "AMI" and "AAC" count only in capitals ("ami" is a friend).
/// </summary>
public static partial class CallForProjectsDetector
{
    public static bool IsCallForProjects(params string?[] texts)
    {
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (Acronym().IsMatch(text)) return true;
            if (Phrase().IsMatch(FrenchText.FoldKeepingLength(text))) return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?<![\p{L}\d])(?:AAP|AMI|AAC)(?![\p{L}\d])")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"\bappels?\s+a\s+(?:projets?|manifestations?\s+d'\s?interets?|candidatures?|initiatives?)\b")]
    private static partial Regex Phrase();
}

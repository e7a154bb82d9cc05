using Plateforme.Search.Text;

namespace Plateforme.Crawler.Sources.Html;

/// <summary>
/// A field chosen by its label ("label:Date limite|Clôture des candidatures"): accents, case, punctuation and a
/// trailing colon do not matter; a text equal to a label wins over one that only starts with it.
/// </summary>
public sealed class FieldLabel
{
    public const string Prefix = "label:";

    private readonly string[] _folded;

    private FieldLabel(string[] folded) => _folded = folded;

    public static bool IsLabel(string spec) => spec.TrimStart().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The labels of a "label:A|B" spec, or null when it is not one or names no label.</summary>
    public static FieldLabel? Parse(string spec)
    {
        if (!IsLabel(spec)) return null;
        var labels = spec.TrimStart()[Prefix.Length..].Split('|')
            .Select(label => FrenchFolding.FoldWords(label))
            .Where(label => label.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return labels.Length == 0 ? null : new FieldLabel(labels);
    }

    /// <summary>2 when the text is one of the labels, 1 when it starts with one, 0 otherwise.</summary>
    public int Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200) return 0;
        var folded = FrenchFolding.FoldWords(text);
        if (_folded.Contains(folded, StringComparer.Ordinal)) return 2;
        return _folded.Any(label => folded.StartsWith(label + " ", StringComparison.Ordinal)) ? 1 : 0;
    }

    /// <summary>The part of a "Label : value" text after the label and its colon, when the text starts with a label.</summary>
    public string? ValueAfter(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 120) return null;
        var value = text[(colon + 1)..].Trim();
        return value.Length > 0 && Match(text[..colon]) > 0 ? value : null;
    }
}

using Lucene.Net.Analysis.Miscellaneous;

namespace Plateforme.Search.Analysis;

/// <summary>Lower-case, accent-free form of a text, the same folding the analysis chains apply.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return text;
        var lower = text.ToLowerInvariant().ToCharArray();
        // Folding can expand a character ("œ" → "oe"), hence the larger buffer.
        var output = new char[lower.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(lower, 0, output, 0, lower.Length);
        return new string(output, 0, length);
    }

    /// <summary>The folded words of a text, split on anything that is not a letter or a digit.</summary>
    public static string[] FoldedWords(string text)
    {
        var folded = Fold(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            words.Add(folded[start..i]);
            start = -1;
        }

        return [.. words];
    }
}

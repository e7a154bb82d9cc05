using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace Plateforme.Search.Text;

/// <summary>
/// The one folding of French text for comparisons, everywhere: ligatures spelled out (« œ » → « oe », « æ » → « ae »,
/// « ß » → « ss », « ﬁ » → « fi »), diacritics removed (« É » → « e », « ç » → « c »), typographic apostrophes and
/// quotes made ASCII, and lower case unless asked otherwise. It applies Lucene's ASCII folding table, the one the
/// analysis chains apply at index time, so a folded label compares equal to an indexed term.
/// </summary>
public static class FrenchFolding
{
    // The ASCII folding of one character is at most four characters long ("⑽" → "(10)").
    private const int MaxExpansion = 4;

    /// <summary>Folds every character, keeping spaces and punctuation where they are: « Cœur d'Île » → « coeur d'ile ».</summary>
    public static string Fold(string text, bool keepCase = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return text;
        var input = keepCase ? text.ToCharArray() : text.ToLowerInvariant().ToCharArray();
        var output = new char[input.Length * MaxExpansion];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        var folded = new string(output, 0, length);
        // A few letters fold to a capital ("İ" → "I"): lower case again so that folding twice changes nothing.
        return keepCase ? folded : folded.ToLowerInvariant();
    }

    /// <summary>
    /// Words only: each letter or digit folded, every run of other characters made one space, no space at either end:
    /// « Tiers-lieux « solidaires » » → « tiers lieux solidaires ».
    /// </summary>
    public static string FoldWords(string text, bool keepCase = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        // By Unicode scalar, not by UTF-16 unit: a letter beyond the Basic Multilingual Plane ("𝐀") is one letter, an
        // emoji is one separator, and half a character cut elsewhere (a lone surrogate) reads as U+FFFD, a separator.
        foreach (var rune in text.EnumerateRunes())
        {
            // Combining accents ("e" + U+0301) belong to their letter: dropped, as folding drops precomposed ones.
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark && builder.Length > 0 && !pendingSpace) continue;
            if (!Rune.IsLetterOrDigit(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            if (rune.IsBmp) AppendFolded(builder, (char)rune.Value, keepCase);
            else builder.Append((keepCase ? rune : Rune.ToLowerInvariant(rune)).ToString());
        }
        return builder.ToString();
    }

    /// <summary>The words of the folded text, split on anything that is not a letter or a digit once folded.</summary>
    public static string[] Words(string text)
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

    /// <summary>ASCII kebab-case: « Tiers-lieux « solidaires » 2026 » → « tiers-lieux-solidaires-2026 ».</summary>
    public static string Slugify(string text, int maxLength = 80)
    {
        var folded = FoldWords(text);
        var builder = new StringBuilder(Math.Min(folded.Length, maxLength));
        foreach (var c in folded)
        {
            if (builder.Length >= maxLength) break;
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        while (builder.Length > 0 && builder[^1] == '-') builder.Length--;
        return builder.ToString();
    }

    /// <summary>
    /// The first character of a character's folding, for scanners that must keep one character for one so that
    /// positions still point into the original text (« œ » → « o »).
    /// </summary>
    public static char FoldChar(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < 0x80) return lower;
        var output = new char[MaxExpansion];
        var length = ASCIIFoldingFilter.FoldToASCII([lower], 0, output, 0, 1);
        return length > 0 ? char.ToLowerInvariant(output[0]) : lower;
    }

    private static void AppendFolded(StringBuilder builder, char c, bool keepCase)
    {
        var ch = keepCase ? c : char.ToLowerInvariant(c);
        if (ch < 0x80)
        {
            builder.Append(ch);
            return;
        }
        var output = new char[MaxExpansion];
        var length = ASCIIFoldingFilter.FoldToASCII([ch], 0, output, 0, 1);
        for (var i = 0; i < length; i++) builder.Append(keepCase ? output[i] : char.ToLowerInvariant(output[i]));
    }
}

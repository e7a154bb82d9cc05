using System.Text;
using Plateforme.Search.Text;

namespace Plateforme.Crawler.Extraction;

/// <summary>
/// Folding of French text for pattern matching. Sources write "décembre", "DECEMBRE" and "decembre",
/// separate thousands with narrow no-break spaces and use typographic apostrophes: every parser
/// matches against one folded form instead of spelling each variant.
/// </summary>
internal static class FrenchText
{
    /// <summary>
    /// Lower case, accents removed, every kind of space turned into ' ', typographic apostrophes into '\'' and
    /// dashes into '-', one character for one character so that positions still point into the original.
    /// </summary>
    public static string FoldKeepingLength(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // An emoji or another character beyond the Basic Multilingual Plane: two positions, kept as they are.
                chars[i] = c;
                chars[++i] = text[i];
                continue;
            }
            chars[i] = char.IsSurrogate(c) ? '\uFFFD' : FoldChar(c);
        }
        return new string(chars);
    }

    /// <summary>
    /// The text with every lone surrogate (half of a character cut elsewhere) replaced by U+FFFD, so that it can be
    /// encoded to UTF-8, stored and indexed; the same instance when there is none.
    /// </summary>
    public static string WellFormed(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (!char.IsSurrogate(text[i])) continue;
            chars ??= text.ToCharArray();
            chars[i] = '\uFFFD';
        }
        return chars is null ? text : new string(chars);
    }

    /// <summary>
    /// Words only: accents removed, ligatures spelled out, every run of other characters made one space, and
    /// lower case unless <paramref name="keepCase"/> (acronyms such as "ANS" must not match the word "ans").
    /// </summary>
    public static string FoldWords(string text, bool keepCase = false) => FrenchFolding.FoldWords(text, keepCase);

    /// <summary>Whether <paramref name="phrase"/> (already folded by <see cref="FoldWords"/>) is a whole-word part of <paramref name="foldedText"/>.</summary>
    public static bool ContainsPhrase(string foldedText, string phrase) => IndexOfPhrase(foldedText, phrase) >= 0;

    public static int IndexOfPhrase(string foldedText, string phrase)
    {
        if (phrase.Length == 0) return -1;
        var from = 0;
        while (from <= foldedText.Length - phrase.Length)
        {
            var at = foldedText.IndexOf(phrase, from, StringComparison.Ordinal);
            if (at < 0) return -1;
            var end = at + phrase.Length;
            var startsWord = at == 0 || foldedText[at - 1] == ' ';
            var endsWord = end == foldedText.Length || foldedText[end] == ' ';
            if (startsWord && endsWord) return at;
            from = at + 1;
        }
        return -1;
    }

    /// <summary>At most <paramref name="maxLength"/> characters, never ending on the first half of a surrogate pair.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var end = maxLength > 0 && char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..end];
    }

    /// <summary>Collapses runs of white space (including no-break spaces) into one space and trims.</summary>
    public static string CollapseWhiteSpace(string text)
    {
        text = WellFormed(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static char FoldChar(char c) => c switch
    {
        '\n' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029' => '\n',
        '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u2013' or '\u2014' or '\u2010' or '\u2011' or '\u2212' => '-',
        // Every other space (no-break, narrow no-break, thin, ideographic, tab…) is a plain space for the patterns.
        _ when char.IsWhiteSpace(c) => ' ',
        // Digits of other scripts ("１５", "٣") read as the digits they are: patterns and number parsing see ASCII only.
        _ when c > '\u007F' && char.IsDigit(c) => (char)('0' + (int)char.GetNumericValue(c)),
        // Letters fold as everywhere else, keeping their first character ("œ" → "o") so positions do not move.
        _ when char.IsLetter(c) => FrenchFolding.FoldChar(c),
        _ => char.ToLowerInvariant(c),
    };
}

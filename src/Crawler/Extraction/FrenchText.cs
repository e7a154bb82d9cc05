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
            chars[i] = FoldChar(text[i]);
        }
        return new string(chars);
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

    /// <summary>Collapses runs of white space (including no-break spaces) into one space and trims.</summary>
    public static string CollapseWhiteSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u00A0' or '\u202F' or '\u2009')
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
        '\u00A0' or '\u202F' or '\u2009' or '\u2007' or '\t' or '\r' => ' ',
        '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u2013' or '\u2014' or '\u2010' or '\u2011' or '\u2212' => '-',
        // Letters fold as everywhere else, keeping their first character ("œ" → "o") so positions do not move.
        _ when char.IsLetter(c) => FrenchFolding.FoldChar(c),
        _ => char.ToLowerInvariant(c),
    };
}

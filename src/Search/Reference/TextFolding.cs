using System.Globalization;
using System.Text;

namespace Plateforme.Search.Reference;

/// <summary>
/// Folds French text for lookups: lower case, no accents, ligatures spelled out, and every run of
/// characters that is not a letter or a digit turned into one space ("Île-de-France" → "ile de france").
/// </summary>
internal static class TextFolding
{
    // Latin-1 and Latin Extended-A cover French names; other characters pass through lower-cased.
    private const int TableSize = 0x250;
    private static readonly string?[] Table = BuildTable();

    public static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            var folded = FoldChar(c);
            if (folded is null)
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(folded);
        }
        return builder.ToString();
    }

    /// <summary>ASCII kebab-case: "Tiers-lieux « solidaires » 2026" → "tiers-lieux-solidaires-2026".</summary>
    public static string Slugify(ReadOnlySpan<char> text, int maxLength = 80)
    {
        var folded = Fold(text);
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

    private static string? FoldChar(char c)
    {
        if (c < TableSize) return Table[c];
        if (char.IsLetterOrDigit(c)) return char.ToLowerInvariant(c).ToString();
        return null;
    }

    private static string?[] BuildTable()
    {
        var table = new string?[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            if (!char.IsLetterOrDigit(c)) continue;
            table[i] = c switch
            {
                'œ' or 'Œ' => "oe",
                'æ' or 'Æ' => "ae",
                'ß' => "ss",
                _ => StripMarks(char.ToLowerInvariant(c)),
            };
        }
        return table;
    }

    private static string StripMarks(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark) builder.Append(part);
        }
        return builder.ToString();
    }
}

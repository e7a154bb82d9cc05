using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Plateforme.Crawler.Tests.Extraction.Properties;

/// <summary>A random text for property tests; shown escaped so a failing case can be read and replayed.</summary>
public sealed record UnicodeText(string Value)
{
    public override string ToString()
    {
        var shown = new StringBuilder(Value.Length);
        foreach (var c in Value.Length > 400 ? Value[..400] : Value)
        {
            if (c is >= ' ' and <= '~') shown.Append(c);
            else shown.Append(@"\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }
        return $"\"{shown}\"{(Value.Length > 400 ? $" ({Value.Length} chars)" : "")}";
    }

    /// <summary>No lone surrogate: the text can be encoded to UTF-8, stored and indexed.</summary>
    public static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
                i++;
            }
            else if (char.IsLowSurrogate(text[i])) return false;
        }
        return true;
    }
}

/// <summary>
/// Texts made of what scraped pages really hold, mixed with what they should not: French words, dates and
/// amounts, emoji and other characters outside the Basic Multilingual Plane, lone surrogates, combining marks,
/// no-break and narrow no-break spaces, control characters, HTML bits, and now and then a very long text.
/// </summary>
public static class UnicodeTexts
{
    private static readonly string[] French =
    [
        "Date limite", " de dépôt", " : ", "jusqu'au ", "15 mars 2026", "1er", " décembre", "DÉCEMBRE", "15/01/2026", "à 17h", "du ", " au ",
        "entre le ", " et ", "Clôture", "ouverture", "s'est terminé le ", "fermé depuis le ", "jury", "enveloppe ", "plafonnée à ", "5\u00A0000",
        "10\u202F000", " €", "€ ", " k€", " M€", " euros", " %", "subvention moyenne", "lauréats", "prix", "Somme", "Hauts-de-France", "(80)",
        "associations", "collectivités", "AAP", "AMI", "ÉCONOMIE", "œuvre", "Cœur", "ﬁnancement", "ß", "İ", "ǅ", "Ⅻ", "⑽", "Ａ", "ℌ",
        "<p>", "</p>", "<br>", "<script>x()</script>", "&nbsp;", "&amp;", "https://example.org/?utm_source=x", "Ã©", "ð\u009F\u0093\u0085",
        "\n", "\r\n", "\t", " ", "-", "–", "’", "«\u00A0", "\u00A0»", ".", ",", ";", "?", "0", "9", "2026", "99999999999999999999",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.Elements(French)),
        (3, Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32)),
        (2, Gen.Elements("📅", "💶", "🇫🇷", "👩🏽‍🤝‍👩🏻", "🗓️", "✅", "𝐀𝐁𝐂", "𝔉𝔯𝔞𝔫𝔠𝔢", "𐐀", "🔟")),
        (2, Gen.Choose(0xD800, 0xDFFF).Select(i => ((char)i).ToString())),
        (2, Gen.Choose(0x0300, 0x036F).Select(i => "e" + (char)i)),
        (2, Gen.Elements("\u00A0", "\u202F", "\u2009", "\u2007", "\u200B", "\uFEFF", "\u2028", "\u0085")),
        (2, Gen.Choose(0, 0x1F).Select(i => ((char)i).ToString())),
        (3, Gen.Choose(0x80, 0xFFFF).Select(i => ((char)i).ToString())),
        (2, Gen.Elements("٣", "١٥", "３", "１５", "१", "߃", "𝟑", "𝟙𝟝", "²", "½", "௰")),
        (2, Gen.Elements("2026-03-31T17:00:00", "+02:00", "+\u2028" + "02:00", "-\u000B05:00", "Z", "T", "2026-3-1 9:05", "12/31/2026")));

    private static readonly Gen<string> Short = Gen.ListOf(Piece).Select(pieces => string.Concat(pieces));

    /// <summary>Several thousand pieces: a whole page pasted into one field.</summary>
    private static readonly Gen<string> Long = Gen.Choose(2_000, 6_000).SelectMany(n => Gen.ListOf(Piece, n)).Select(pieces => string.Concat(pieces));

    public static Arbitrary<UnicodeText> Texts() =>
        Arb.From(Gen.Frequency((40, Short), (1, Long)).Select(t => new UnicodeText(t)), Shrink);

    private static IEnumerable<UnicodeText> Shrink(UnicodeText text)
    {
        var value = text.Value;
        if (value.Length == 0) yield break;
        yield return new UnicodeText(value[..(value.Length / 2)]);
        yield return new UnicodeText(value[(value.Length / 2)..]);
        if (value.Length > 1) yield return new UnicodeText(value[1..]);
        if (value.Length > 1) yield return new UnicodeText(value[..^1]);
    }
}

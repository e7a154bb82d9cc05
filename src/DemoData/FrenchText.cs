using System.Globalization;
using System.Text;

namespace Plateforme.DemoData;

/// <summary>
/// French typography for demo texts, written out so that it does not depend on the ICU data of the machine:
/// "1er mars 2026", "30 000 €" (narrow no-break space between thousands), "17 h", elision ("afin d'aider").
/// </summary>
internal static class FrenchText
{
    private const char ThousandsSeparator = '\u202F';
    private const char NoBreakSpace = '\u00A0';

    private static readonly string[] Months =
    [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {Months[date.Month - 1]} {date.Year}");

    public static string Time(TimeOnly time) =>
        time.Minute == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{time.Hour}{NoBreakSpace}h")
            : string.Create(CultureInfo.InvariantCulture, $"{time.Hour}{NoBreakSpace}h{NoBreakSpace}{time.Minute:00}");

    /// <summary>Whole euros from cents ("30 000 €"); demo amounts are always whole euros.</summary>
    public static string Euros(long cents)
    {
        var digits = (cents / 100).ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(digits.Length + 4);
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0) builder.Append(ThousandsSeparator);
            builder.Append(digits[i]);
        }
        return builder.Append(NoBreakSpace).Append('€').ToString();
    }

    public static string Percent(int value) => string.Create(CultureInfo.InvariantCulture, $"{value}{NoBreakSpace}%");

    /// <summary>"de" + word with elision before a vowel: "d'améliorer", "de favoriser".</summary>
    public static string De(string word) => StartsWithVowel(word) ? "d'" + word : "de " + word;

    /// <summary>"a, b et c".</summary>
    public static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " et " + items[^1],
    };

    public static string Capitalise(string text) =>
        text.Length == 0 ? text : string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));

    /// <summary>Lower-cases the first letter unless the first word is an acronym ("ESS", "AAP").</summary>
    public static string LowerFirst(string text)
    {
        if (text.Length < 2 || char.IsUpper(text[1])) return text;
        return string.Concat(text[..1].ToLowerInvariant(), text.AsSpan(1));
    }

    private static bool StartsWithVowel(string word) =>
        word.Length > 0 && "aeiouyéèêàâîôûœAEIOUYÉÈÊÀÂÎÔÛ".Contains(word[0], StringComparison.Ordinal);
}

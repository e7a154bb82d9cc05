using System.Globalization;

namespace Plateforme.Crawler.Extraction.Amounts;

/// <summary>
/// Turns the digits of a French amount into cents with integer arithmetic only: "2.200.000", "3 530 000",
/// "1,5" with a multiplier (k€, M€). Binary floating point would turn 0,1 M€ into 9 999 999 cents.
/// </summary>
internal static class EuroAmount
{
    /// <summary>Multiplier of a folded unit: "k€" → 1 000, "m€" and "millions d'euros" → 1 000 000.</summary>
    public static long MultiplierOf(string? foldedUnit)
    {
        if (string.IsNullOrEmpty(foldedUnit)) return 1;
        var unit = foldedUnit.Replace(" ", "", StringComparison.Ordinal);
        if (unit.StartsWith("md", StringComparison.Ordinal) || unit.StartsWith("milliard", StringComparison.Ordinal)) return 1_000_000_000;
        if (unit.StartsWith("million", StringComparison.Ordinal) || unit.StartsWith('m')) return 1_000_000;
        if (unit.StartsWith('k') || unit.StartsWith("millier", StringComparison.Ordinal) || unit.StartsWith("mille", StringComparison.Ordinal)) return 1_000;
        return 1;
    }

    /// <summary>Cents for <paramref name="number"/> × <paramref name="multiplier"/> euros; null when it does not fit.</summary>
    public static long? ToCents(string number, long multiplier)
    {
        if (!TrySplit(number, out var integerDigits, out var fractionDigits)) return null;
        if (integerDigits.Length + fractionDigits.Length > 18) return null;
        var mantissa = Int128.Parse(integerDigits + fractionDigits, NumberStyles.None, CultureInfo.InvariantCulture);
        var scale = Int128.One;
        for (var i = 0; i < fractionDigits.Length; i++) scale *= 10;
        var cents = mantissa * multiplier * 100 / scale;
        return cents > long.MaxValue ? null : (long)cents;
    }

    /// <summary>Whether the number groups its thousands ("30 000", "2.200.000"), as a bare "10" next to it does not.</summary>
    public static bool HasThousandsGroups(string number) => number.Contains(' ', StringComparison.Ordinal) || CountOf(number, '.') > 1
        || (CountOf(number, '.') == 1 && number.Length - number.IndexOf('.', StringComparison.Ordinal) == 4);

    private static bool TrySplit(string number, out string integerDigits, out string fractionDigits)
    {
        var text = number.Trim();
        integerDigits = text;
        fractionDigits = "";
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            integerDigits = text[..comma];
            fractionDigits = text[(comma + 1)..];
        }
        else if (CountOf(text, '.') == 1 && !HasThousandsGroups(text))
        {
            var dot = text.IndexOf('.', StringComparison.Ordinal);
            integerDigits = text[..dot];
            fractionDigits = text[(dot + 1)..];
        }
        integerDigits = new string(integerDigits.Where(char.IsAsciiDigit).ToArray());
        return integerDigits.Length > 0 && fractionDigits.All(char.IsAsciiDigit);
    }

    private static int CountOf(string text, char c) => text.Count(x => x == c);
}

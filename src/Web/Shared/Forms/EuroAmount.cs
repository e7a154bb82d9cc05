using System.Globalization;

namespace Plateforme.Web.Shared.Forms;

/// <summary>
/// Reads an amount typed in euros ("1 234,56", "1234.5", "200 €") into cents with integer arithmetic only, so no
/// binary rounding can move a cent. At most two decimals; anything else is refused rather than guessed.
/// </summary>
public static class EuroAmount
{
    private const long MaxEuros = 1_000_000_000;

    public static bool TryParseCents(string? text, out long cents)
    {
        cents = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '€' && c != '\u202f').ToArray());
        var parts = compact.Split([',', '.']);
        if (parts.Length > 2 || parts[0].Length == 0) return false;
        if (!parts[0].All(char.IsAsciiDigit) || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var euros) || euros > MaxEuros) return false;
        long fraction = 0;
        if (parts.Length == 2)
        {
            var decimals = parts[1];
            if (decimals.Length is 0 or > 2 || !decimals.All(char.IsAsciiDigit)) return false;
            fraction = long.Parse(decimals, NumberStyles.None, CultureInfo.InvariantCulture) * (decimals.Length == 1 ? 10 : 1);
        }
        cents = euros * 100 + fraction;
        return true;
    }

    /// <summary>The amount as the form shows it back: "1234,56" (no grouping, so it reads back unchanged).</summary>
    public static string ToInput(long cents) =>
        cents % 100 == 0 ? (cents / 100).ToString(CultureInfo.InvariantCulture) : $"{cents / 100},{cents % 100:00}";
}

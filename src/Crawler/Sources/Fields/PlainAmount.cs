using System.Globalization;
using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Sources.Fields;

/// <summary>
/// Turns a bare number of an amount field ("150000", "1500000", "150", "2.5") into French euro text ("150 000 €")
/// in the unit the definition declares, so extraction reads it like any amount a site writes. Text that is not a
/// bare number ("jusqu'à 15 000 €") is left as it is.
/// </summary>
public static class PlainAmount
{
    private static readonly NumberFormatInfo French = new() { NumberGroupSeparator = " ", NumberDecimalSeparator = "," };

    public static string? Describe(string? value, AmountUnit? unit)
    {
        if (unit is null || string.IsNullOrWhiteSpace(value) || !TryParseNumber(value, out var number) || number < 0) return value;
        var cents = unit switch
        {
            AmountUnit.Cents => decimal.Round(number),
            AmountUnit.ThousandEuros => number * 100_000m,
            AmountUnit.MillionEuros => number * 100_000_000m,
            _ => number * 100m,
        };
        var euros = decimal.Round(cents) / 100m;
        var format = euros == decimal.Truncate(euros) ? "#,0" : "#,0.00";
        return euros.ToString(format, French) + " €";
    }

    /// <summary>"150000", "150000.50", "150 000", "1,5" (one decimal comma) — digits with at most one decimal mark.</summary>
    private static bool TryParseNumber(string value, out decimal number)
    {
        var compact = value.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal);
        if (compact.Count(c => c == ',') == 1 && !compact.Contains('.', StringComparison.Ordinal)) compact = compact.Replace(',', '.');
        return decimal.TryParse(compact, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }
}

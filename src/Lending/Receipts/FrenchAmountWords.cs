namespace Plateforme.Lending.Receipts;

/// <summary>
/// An amount in French words, as a receipt must print it next to the figures (traditional spelling: hyphens under one
/// hundred, « et » in 21…71, « quatre-vingts » and « deux cents » plural only at the end, « mille » invariable).
/// The words come from <see cref="ReceiptMessages"/>, like every French text of the module.
/// </summary>
public static class FrenchAmountWords
{
    private static readonly string[] Units = ReceiptMessages.NumberUnits.Split('|');
    private static readonly string[] Tens = ReceiptMessages.NumberTens.Split('|');

    /// <summary>« cent vingt-trois euros et quarante-cinq centimes », « un euro », « cinquante centimes ».</summary>
    public static string Euros(long cents)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cents);
        var euros = cents / 100;
        var rest = cents % 100;
        var euroWords = euros == 0 ? null : Number(euros) + (euros >= 1_000_000 && euros % 1_000_000 == 0 ? " d'euros" : euros > 1 ? " euros" : " euro");
        var centWords = rest == 0 ? null : Number(rest) + (rest > 1 ? " centimes" : " centime");
        return (euroWords, centWords) switch
        {
            (null, null) => Units[0] + " euro",
            (not null, null) => euroWords,
            (null, not null) => centWords,
            _ => euroWords + " et " + centWords,
        };
    }

    public static string Number(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (value == 0) return Units[0];
        var parts = new List<string>();
        var billions = value / 1_000_000_000;
        var millions = value / 1_000_000 % 1000;
        var thousands = value / 1000 % 1000;
        var rest = value % 1000;
        if (billions > 0) parts.Add(BelowThousand(billions, final: true) + (billions > 1 ? " milliards" : " milliard"));
        if (millions > 0) parts.Add(BelowThousand(millions, final: true) + (millions > 1 ? " millions" : " million"));
        if (thousands > 0) parts.Add(thousands == 1 ? "mille" : BelowThousand(thousands, final: false) + " mille");
        if (rest > 0) parts.Add(BelowThousand(rest, final: true));
        return string.Join(' ', parts);
    }

    // "final": the group ends the number (or precedes million/milliard, which are nouns), so "cents" and
    // "quatre-vingts" take their plural; before "mille" they stay singular.
    private static string BelowThousand(long value, bool final)
    {
        var hundreds = value / 100;
        var rest = value % 100;
        var words = hundreds switch
        {
            0 => "",
            1 => "cent",
            _ => Units[hundreds] + (rest == 0 && final ? " cents" : " cent"),
        };
        if (rest == 0) return words;
        var tail = BelowHundred(rest, final);
        return words.Length == 0 ? tail : words + " " + tail;
    }

    private static string BelowHundred(long value, bool final)
    {
        if (value < 20) return Units[value];
        var ten = value / 10;
        var unit = value % 10;
        return ten switch
        {
            7 => "soixante" + (unit == 1 ? " et onze" : "-" + Units[10 + unit]),
            8 => unit == 0 ? (final ? "quatre-vingts" : "quatre-vingt") : "quatre-vingt-" + Units[unit],
            9 => "quatre-vingt-" + Units[10 + unit],
            _ => Tens[ten] + (unit == 0 ? "" : unit == 1 ? " et " + Units[1] : "-" + Units[unit]),
        };
    }
}

using System.Globalization;
using Plateforme.Lending.Resources;

namespace Plateforme.Lending.Money;

/// <summary>Amounts are <see cref="long"/> cents everywhere; this formats them for French messages.</summary>
public static class Cents
{
    /// <summary>"1 234,56 €", or "200 €" for whole euros.</summary>
    public static string Format(long cents)
    {
        var sign = cents < 0 ? "-" : "";
        var magnitude = Math.Abs(cents);
        var euros = (magnitude / 100).ToString("N0", LendingMessageFormat.French);
        var rest = magnitude % 100;
        var text = rest == 0 ? euros : euros + "," + rest.ToString("00", CultureInfo.InvariantCulture);
        return sign + text + "\u00a0€";
    }

    public static long FromEuros(long euros) => checked(euros * 100);
}

using System.Globalization;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Shared.Display;

/// <summary>How amounts, dates and counts read in French: "30 000 €", "1er décembre 2026", "1 243".</summary>
public static class FrenchFormat
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Euro cents as "30 000 €" or "1 500,50 €": decimal arithmetic only, never floating point.</summary>
    public static string Money(long cents)
    {
        var euros = cents / 100m;
        var number = cents % 100 == 0 ? euros.ToString("N0", Culture) : euros.ToString("N2", Culture);
        return number + "\u00A0€";
    }

    public static string Number(int value) => value.ToString("N0", Culture);

    /// <summary>"15 janvier 2027", and "1er janvier 2027" as French writes the first of a month.</summary>
    public static string Date(DateOnly date)
    {
        var day = date.Day == 1 ? "1er" : date.Day.ToString(Culture);
        return string.Concat(day, " ", date.ToString("MMMM yyyy", Culture));
    }

    /// <summary>"17 h" or "17 h 30".</summary>
    public static string Time(TimeOnly time) =>
        time.Minute == 0
            ? string.Create(Culture, $"{time.Hour}\u00A0h")
            : string.Create(Culture, $"{time.Hour}\u00A0h\u00A0{time.Minute:00}");

    /// <summary>"15 janvier 2027 à 17 h" when the call states a time.</summary>
    public static string Deadline(DateOnly date, TimeOnly? time) =>
        time is { } t ? string.Format(Culture, UiText.DateAtTime, Date(date), Time(t)) : Date(date);

    public static string Percent(int value) => string.Create(Culture, $"{value}\u00A0%");

    /// <summary>"De 5 000 € à 30 000 €", "Jusqu'à 30 000 €", "À partir de 5 000 €"; null when the call names no amount.</summary>
    public static string? AmountRange(long? min, long? max) => (min, max) switch
    {
        ({ } a, { } b) when a == b => Money(a),
        ({ } a, { } b) => string.Format(Culture, UiText.AmountBetween, Money(a), Money(b)),
        (null, { } b) => string.Format(Culture, UiText.AmountUpTo, Money(b)),
        ({ } a, null) => string.Format(Culture, UiText.AmountFrom, Money(a)),
        _ => null,
    };

    /// <summary>"De 20 % à 80 % des dépenses", "Jusqu'à 80 % des dépenses".</summary>
    public static string? RateRange(int? min, int? max) => (min, max) switch
    {
        ({ } a, { } b) when a == b => string.Format(Culture, UiText.RateExactly, Percent(a)),
        ({ } a, { } b) => string.Format(Culture, UiText.RateBetween, Percent(a), Percent(b)),
        (null, { } b) => string.Format(Culture, UiText.RateUpTo, Percent(b)),
        ({ } a, null) => string.Format(Culture, UiText.RateFrom, Percent(a)),
        _ => null,
    };

    /// <summary>"1 appel" / "243 appels": French puts 0 and 1 in the singular.</summary>
    public static string Count(int count, string singular, string plural) =>
        string.Format(Culture, count <= 1 ? singular : plural, Number(count));
}

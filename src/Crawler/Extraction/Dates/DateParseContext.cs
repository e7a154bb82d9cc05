namespace Plateforme.Crawler.Extraction.Dates;

/// <summary>
/// What a date phrase is read against. <paramref name="ReferenceDate"/> (the page's publication date, else the
/// crawl date) gives a year to "18 décembre"; <paramref name="Today"/> picks the current window among several.
/// </summary>
public sealed record DateParseContext(DateOnly ReferenceDate, DateOnly Today, NumericDateOrder Order = NumericDateOrder.DayFirst)
{
    public static DateParseContext On(DateOnly date) => new(date, date);

    /// <summary>
    /// The order a source declares with a .NET-style format ("MM/dd/yyyy" or "%m/%d/%Y" → month first); day first when unknown.
    /// </summary>
    public static NumericDateOrder OrderOf(string? numericDateFormat)
    {
        if (string.IsNullOrWhiteSpace(numericDateFormat)) return NumericDateOrder.DayFirst;
        // strftime style ("%m/%d/%Y") as in Python-made feeds, else .NET style ("MM/dd/yyyy").
        if (numericDateFormat.Contains('%', StringComparison.Ordinal))
        {
            var m = numericDateFormat.IndexOf("%m", StringComparison.Ordinal);
            var d = numericDateFormat.IndexOf("%d", StringComparison.Ordinal);
            return m >= 0 && d >= 0 && m < d ? NumericDateOrder.MonthFirst : NumericDateOrder.DayFirst;
        }
        var month = numericDateFormat.IndexOf('M', StringComparison.Ordinal);
        var day = numericDateFormat.IndexOf('d', StringComparison.OrdinalIgnoreCase);
        return month >= 0 && day >= 0 && month < day ? NumericDateOrder.MonthFirst : NumericDateOrder.DayFirst;
    }
}

namespace Plateforme.Crawler.Extraction.Dates;

/// <summary>How to read "03/04/2026": French sources mean 3 April, a few US-ordered feeds mean 4 March.</summary>
public enum NumericDateOrder
{
    DayFirst,
    MonthFirst,
}

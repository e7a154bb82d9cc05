namespace Plateforme.Web.Calls.Feeds;

/// <summary>The addresses of a search's feeds and export: the same query string as /recherche and /api/calls.</summary>
public static class FeedPaths
{
    public const string Rss = "/recherche/flux.rss";
    public const string Atom = "/recherche/flux.atom";
    public const string Calendar = "/recherche/echeances.ics";
    public const string Csv = "/recherche/export.csv";

    /// <summary>The page explaining feeds, with the addresses to paste in a reader: a person who clicks « Flux RSS » lands here, not on raw XML.</summary>
    public const string Explainer = "/recherche/flux";

    /// <summary>Newest calls in an RSS or Atom feed.</summary>
    public const int FeedItems = 50;

    /// <summary>Deadlines in the calendar feed.</summary>
    public const int CalendarEvents = 200;

    /// <summary>Rows of a CSV export, stated on the page and in the response's headers.</summary>
    public const int CsvRows = 1000;

    /// <summary>Response header stating the export's cap; another gives the search's total.</summary>
    public const string CapHeader = "X-Export-Limit";
    public const string TotalHeader = "X-Total-Count";
}

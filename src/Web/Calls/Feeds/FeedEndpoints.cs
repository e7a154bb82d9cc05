using System.Globalization;
using System.Text;
using Plateforme.Search.Indexing;
using Plateforme.Web.Calls.Calendar;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Calls.Feeds;

/// <summary>RSS, Atom, an agenda of deadlines and a CSV export for any search address.</summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapSearchFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet(FeedPaths.Rss, Rss).WithName("SearchRss").ExcludeFromDescription();
        app.MapGet(FeedPaths.Atom, Atom).WithName("SearchAtom").ExcludeFromDescription();
        app.MapGet(FeedPaths.Calendar, Calendar).WithName("SearchCalendar").ExcludeFromDescription();
        app.MapGet(FeedPaths.Csv, Csv).WithName("SearchCsv").ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Rss(HttpContext http, FeedSearch feeds, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, problem) = await feeds.ReadAsync(http.Request, cancellationToken);
        if (request is null) return problem!;
        var (hits, _) = feeds.Read(request.Query, SearchSort.Newest, FeedPaths.FeedItems);
        http.Response.Headers.CacheControl = FeedSearch.NoCache;
        return Results.Bytes(RssFeed.Write(request, hits, clock.GetUtcNow()), RssFeed.ContentType);
    }

    private static async Task<IResult> Atom(HttpContext http, FeedSearch feeds, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, problem) = await feeds.ReadAsync(http.Request, cancellationToken);
        if (request is null) return problem!;
        var (hits, _) = feeds.Read(request.Query, SearchSort.Newest, FeedPaths.FeedItems);
        http.Response.Headers.CacheControl = FeedSearch.NoCache;
        return Results.Bytes(AtomFeed.Write(request, hits, clock.GetUtcNow()), AtomFeed.ContentType);
    }

    private static async Task<IResult> Calendar(HttpContext http, FeedSearch feeds, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, problem) = await feeds.ReadAsync(http.Request, cancellationToken);
        if (request is null) return problem!;
        // Soonest deadlines first; calls without one are skipped, so read a little further than the cap.
        var (hits, _) = feeds.Read(request.Query, SearchSort.Deadline, FeedPaths.CalendarEvents * 2);
        var calls = hits.Select(h => h.Call).Where(c => c.Deadline is not null).Take(FeedPaths.CalendarEvents);
        http.Response.Headers.CacheControl = FeedSearch.NoCache;
        return Results.File(Encoding.UTF8.GetBytes(SearchCalendar.Build(request, calls, clock.GetUtcNow())), DeadlineCalendar.ContentType, "echeances.ics");
    }

    private static async Task<IResult> Csv(HttpContext http, FeedSearch feeds, FilterLabels labels, CancellationToken cancellationToken)
    {
        var (request, problem) = await feeds.ReadAsync(http.Request, cancellationToken);
        if (request is null) return problem!;
        var (hits, total) = feeds.Read(request.Query, request.Query.Sort, FeedPaths.CsvRows);
        http.Response.Headers[FeedPaths.CapHeader] = FeedPaths.CsvRows.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers[FeedPaths.TotalHeader] = total.ToString(CultureInfo.InvariantCulture);
        return Results.File(CsvExport.Write(request, hits, labels), CsvExport.ContentType, CsvExport.FileName);
    }
}

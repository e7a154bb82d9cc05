namespace Plateforme.Crawler.Sources;

/// <summary>
/// What one run of a connector saw, for the source health page: a source whose items suddenly
/// lack deadlines has changed its markup. Filled by the connector as it goes, so a cancelled run
/// still reports what it did.
/// </summary>
public sealed class SourceRunDiagnostics
{
    private readonly Dictionary<string, int> _missingByField = new(StringComparer.Ordinal);
    private readonly List<string> _errors = [];
    private readonly List<Uri> _pages = [];
    private readonly Dictionary<Uri, int> _gone = [];
    private readonly List<(Uri Url, int Items)> _listings = [];

    public int PagesFetched => _pages.Count;

    /// <summary>
    /// Pages the server said were unchanged (304): nothing was read from them, so calls missing
    /// from this run are not evidence that they left the source.
    /// </summary>
    public int PagesNotModified { get; private set; }
    public int ItemsFound { get; private set; }
    public int ItemsWithMissingFields { get; private set; }

    /// <summary>How many items lacked each mapped field ("Deadline" → 3).</summary>
    public IReadOnlyDictionary<string, int> MissingByField => _missingByField;

    /// <summary>Fetch failures and unreadable pages, in plain French.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Why paging stopped on the last listing ("page sans élément", "page répétée", "nombre maximal de pages").</summary>
    public string? PagingStopReason { get; internal set; }

    /// <summary>Public URLs of the pages read, in order.</summary>
    public IReadOnlyList<Uri> Pages => _pages;

    /// <summary>Public URLs that answered 404 or 410, with the status: dead links to flag on their calls.</summary>
    public IReadOnlyDictionary<Uri, int> GonePages => _gone;

    /// <summary>Listing pages read with the number of items found on each, in order.</summary>
    public IReadOnlyList<(Uri Url, int Items)> ListingPages => _listings;

    /// <summary>
    /// The HTML of the first listing page where the item selector found nothing, kept so <c>validate</c> can say what
    /// the page is made of instead (headings and paragraphs, a table…).
    /// </summary>
    public string? FirstEmptyListingHtml { get; private set; }

    internal void ListingRead(LoadedPage page, int items)
    {
        _listings.Add((page.Url, items));
        if (items == 0) FirstEmptyListingHtml ??= page.Text;
    }

    internal void PageGone(Uri url, int statusCode) => _gone[url] = statusCode;

    internal void PageFetched(Uri url) => _pages.Add(url);

    internal void PageNotModified() => PagesNotModified++;

    internal void Error(string message) => _errors.Add(message);

    internal void ItemFound(IReadOnlyCollection<string> missingFields)
    {
        ItemsFound++;
        if (missingFields.Count == 0)
        {
            return;
        }

        ItemsWithMissingFields++;
        foreach (var field in missingFields)
        {
            _missingByField[field] = _missingByField.GetValueOrDefault(field) + 1;
        }
    }
}

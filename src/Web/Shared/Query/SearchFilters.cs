using System.Globalization;
using System.Text;
using Plateforme.Search.Indexing;

namespace Plateforme.Web.Shared.Query;

/// <summary>
/// The state of a search as the address bar holds it, with the API's parameter names: what a link, a chip,
/// a facet or the pager changes. Built from the parsed <see cref="SearchQuery"/>, so values the parser dropped
/// never come back in the links the page draws.
/// </summary>
public sealed record SearchFilters
{
    public const int DefaultPageSize = 20;

    /// <summary>Multi-valued parameters, in the order chips and links list them.</summary>
    public static IReadOnlyList<string> ListParameters { get; } =
        [FacetNames.Territory, FacetNames.Beneficiary, FacetNames.Theme, FacetNames.AidType, FacetNames.Funder, FacetNames.Status, FacetNames.Recurrence, FacetNames.Public, FacetNames.Destination, FacetNames.Programme];

    public const string DeadlineFrom = "deadlineFrom";
    public const string DeadlineTo = "deadlineTo";
    public const string AmountMin = "amountMin";
    public const string AmountMax = "amountMax";

    public static IReadOnlyList<string> SingleParameters { get; } = [DeadlineFrom, DeadlineTo, AmountMin, AmountMax];

    public static SearchFilters Empty { get; } = new();

    /// <summary>Whether calls stating no beneficiary or public follow the matching ones ("include", the default) or not ("exclude").</summary>
    public const string Unstated = "unstated";
    public const string UnstatedInclude = "include";
    public const string UnstatedExclude = "exclude";

    /// <summary>True with "unstated=exclude": a beneficiary or public filter then hides the calls that state none.</summary>
    public bool ExcludeUnstated { get; init; }

    /// <summary>Whether a filter on whom a call is for is active, the only case where « public non précisé » calls show.</summary>
    public bool FiltersWho => Values(FacetNames.Beneficiary).Count > 0 || Values(FacetNames.Public).Count > 0;

    public string? Text { get; init; }

    /// <summary>Selected values per multi-valued parameter ("theme" → ["sport"]).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Lists { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Date and amount bounds, written as the URL writes them ("2027-01-15", "1500").</summary>
    public IReadOnlyDictionary<string, string> Singles { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;

    public static SearchFilters From(SearchQuery query)
    {
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [FacetNames.Territory] = [.. query.Territories.Select(t => t.Code.ToString())],
            [FacetNames.Beneficiary] = query.Beneficiaries,
            [FacetNames.Theme] = query.Themes,
            [FacetNames.AidType] = query.AidTypes,
            [FacetNames.Funder] = query.Funders,
            [FacetNames.Status] = [.. query.Statuses.Select(s => s.ToSlug())],
            [FacetNames.Recurrence] = query.Recurrences,
            [FacetNames.Public] = query.Publics,
            [FacetNames.Destination] = query.Destinations,
            [FacetNames.Programme] = query.Programmes,
        };
        var singles = new Dictionary<string, string>(StringComparer.Ordinal);
        if (query.DeadlineFrom is { } from) singles[DeadlineFrom] = IsoDate(from);
        if (query.DeadlineTo is { } to) singles[DeadlineTo] = IsoDate(to);
        if (query.AmountMinCents is { } min) singles[AmountMin] = Euros(min);
        if (query.AmountMaxCents is { } max) singles[AmountMax] = Euros(max);
        return new SearchFilters
        {
            Text = query.Text,
            Lists = lists,
            Singles = singles,
            Sort = query.Sort,
            Page = query.Page,
            PageSize = query.PageSize,
            // Only a beneficiary or public filter has « public non précisé » calls to hide: elsewhere the choice is moot.
            ExcludeUnstated = !query.IncludeUnstated && (query.Beneficiaries.Count > 0 || query.Publics.Count > 0),
        };
    }

    public IReadOnlyList<string> Values(string parameter) =>
        Lists.TryGetValue(parameter, out var values) ? values : [];

    public string? Single(string parameter) => Singles.GetValueOrDefault(parameter);

    public bool IsSelected(string parameter, string value) => Values(parameter).Contains(value, StringComparer.Ordinal);

    /// <summary>Every active filter as (parameter, value), text and sort excluded.</summary>
    public IEnumerable<(string Parameter, string Value)> ActiveFilters =>
        ListParameters.SelectMany(p => Values(p).Select(v => (p, v)))
            .Concat(SingleParameters.Where(Singles.ContainsKey).Select(p => (p, Singles[p])));

    public int FilterCount => ActiveFilters.Count();

    public bool HasText => !string.IsNullOrWhiteSpace(Text);

    public SearchFilters WithText(string? text) => this with { Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(), Page = 1 };

    public SearchFilters WithSort(SearchSort sort) => this with { Sort = sort, Page = 1 };

    public SearchFilters WithUnstated(bool excluded) => this with { ExcludeUnstated = excluded, Page = 1 };

    public SearchFilters WithPage(int page) => this with { Page = Math.Max(1, page) };

    /// <summary>Adds the value when absent, removes it when present; back to the first page either way.</summary>
    public SearchFilters Toggle(string parameter, string value) =>
        IsSelected(parameter, value) ? Without(parameter, value) : With(parameter, value);

    public SearchFilters With(string parameter, string value)
    {
        if (SingleParameters.Contains(parameter))
        {
            var singles = new Dictionary<string, string>(Singles, StringComparer.Ordinal) { [parameter] = value };
            return this with { Singles = singles, Page = 1 };
        }
        if (IsSelected(parameter, value)) return this with { Page = 1 };
        var lists = new Dictionary<string, IReadOnlyList<string>>(Lists, StringComparer.Ordinal) { [parameter] = [.. Values(parameter), value] };
        return this with { Lists = lists, Page = 1 };
    }

    /// <summary>Replaces every value of a parameter (the territory widened to its département, say).</summary>
    public SearchFilters Replace(string parameter, IReadOnlyList<string> values)
    {
        var lists = new Dictionary<string, IReadOnlyList<string>>(Lists, StringComparer.Ordinal) { [parameter] = values };
        return this with { Lists = lists, Page = 1 };
    }

    public SearchFilters Without(string parameter, string value)
    {
        if (SingleParameters.Contains(parameter))
        {
            var singles = new Dictionary<string, string>(Singles, StringComparer.Ordinal);
            singles.Remove(parameter);
            return this with { Singles = singles, Page = 1 };
        }
        var lists = new Dictionary<string, IReadOnlyList<string>>(Lists, StringComparer.Ordinal)
        {
            [parameter] = [.. Values(parameter).Where(v => !string.Equals(v, value, StringComparison.Ordinal))],
        };
        return this with { Lists = lists, Page = 1 };
    }

    /// <summary>"Clear all": every filter goes, the text and the sort stay.</summary>
    public SearchFilters WithoutFilters() => Empty with { Text = Text, Sort = Sort, PageSize = PageSize };

    /// <summary>The parameters in a stable order, defaults left out, repeated for several values.</summary>
    public IEnumerable<KeyValuePair<string, string>> ToParameters()
    {
        if (HasText) yield return new("q", Text!);
        foreach (var (parameter, value) in ActiveFilters) yield return new(parameter, value);
        if (ExcludeUnstated) yield return new(Unstated, UnstatedExclude);
        if (Sort != SearchSort.Relevance) yield return new("sort", SortSlug(Sort));
        if (Page != 1) yield return new("page", Page.ToString(CultureInfo.InvariantCulture));
        if (PageSize != DefaultPageSize) yield return new("pageSize", PageSize.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>"?q=…&amp;theme=…" or "" when the search is the default one.</summary>
    public string ToQueryString()
    {
        var text = new StringBuilder();
        foreach (var (name, value) in ToParameters())
        {
            text.Append(text.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }
        return text.ToString();
    }

    public string ToUrl(string path = "/recherche") => path + ToQueryString();

    public static string SortSlug(SearchSort sort) => sort switch
    {
        SearchSort.Deadline => "deadline",
        SearchSort.Newest => "newest",
        _ => "relevance",
    };

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Euros(long cents) =>
        cents % 100 == 0
            ? (cents / 100).ToString(CultureInfo.InvariantCulture)
            : (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}

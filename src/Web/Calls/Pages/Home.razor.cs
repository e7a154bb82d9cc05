using Microsoft.AspNetCore.Components;
using Plateforme.Search.Indexing;
using Plateforme.Web.Calls.Catalogue;
using Plateforme.Web.Shared.Display;
using Plateforme.Web.Shared.Preferences;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Calls.Pages;

/// <summary>The home page: one search box, shortcuts, what closes soon and what is new, live figures.</summary>
public sealed partial class Home
{
    private const int ListSize = 5;

    private LiveFigures? figures;
    private SearchResult? openFacets;
    private IReadOnlyList<SearchHit> closingSoon = [];
    private IReadOnlyList<SearchHit> newThisWeek = [];
    private DateOnly today;
    private bool preferenceIgnored;

    [Inject]
    public required ISearchIndex Index { get; init; }

    [Inject]
    public required CatalogueFigures Figures { get; init; }

    [Inject]
    public required FilterLabels Labels { get; init; }

    [Inject]
    public required TimeProvider Clock { get; init; }

    [Inject]
    public required SearchRequestReader Reader { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [CascadingParameter]
    public VisitorPreference? Preference { get; set; }

    private bool ShowsPreference => Preference is { IsEmpty: false } && !preferenceIgnored;

    private string PreferenceText => string.Join(", ", (Preference?.AsSearchParameters() ?? []).Select(p => Labels.Value(p.Key, p.Value)));

    /// <summary>The visitor's territory and organisation type, carried by every search started here.</summary>
    private SearchFilters SearchDefaults => ShowsPreference
        ? Preference!.AsSearchParameters().Aggregate(SearchFilters.Empty, (f, p) => f.With(p.Key, p.Value))
        : SearchFilters.Empty;

    private SearchFilters OpenDefaults => SearchDefaults.With(FacetNames.Status, CallStatusRules.OpenSlug);

    private string OpenCallsUrl => SearchFilters.Empty.With(FacetNames.Status, CallStatusRules.OpenSlug).ToUrl();

    private string ClosingSoonUrl => SearchDefaults.With(FacetNames.Status, CallStatusRules.ClosingSoonSlug).WithSort(SearchSort.Deadline).ToUrl();

    private string NewestUrl => OpenDefaults.WithSort(SearchSort.Newest).ToUrl();

    protected override async Task OnInitializedAsync()
    {
        figures = await Figures.GetAsync();
        await LoadListsAsync();
    }

    private async Task IgnorePreferenceAsync()
    {
        preferenceIgnored = true;
        await LoadListsAsync();
    }

    /// <summary>Counts and lists follow the visitor's territory and structure, like the searches started here.</summary>
    private async Task LoadListsAsync()
    {
        var parsed = await Reader.ReadAsync(Navigation.ToAbsoluteUri(OpenDefaults.ToUrl()));
        today = parsed.Query.Today;
        var basis = parsed.Query with { PageSize = 1 };
        openFacets = Index.Search(basis);
        closingSoon = Index.Search(basis with
        {
            Statuses = [CallStatus.ClosingSoon],
            Sort = SearchSort.Deadline,
            PageSize = ListSize,
            IncludeFacets = false,
        }).Hits;
        var weekAgo = Clock.GetUtcNow().AddDays(-7);
        newThisWeek = [.. Index.Search(basis with { Sort = SearchSort.Newest, PageSize = ListSize * 4, IncludeFacets = false }).Hits
            .Where(h => h.Call.PublishedAt >= weekAgo)
            .Take(ListSize)];
    }

    /// <summary>Every value of a list with its number of open calls, linking to those calls.</summary>
    private IEnumerable<(string Label, string Url, int Count)> Shortcuts(string facet) =>
        (openFacets?.Facets.GetValueOrDefault(facet) ?? [])
            .Where(f => f.Count > 0)
            .OrderBy(f => f.Label, StringComparer.Create(FrenchFormat.Culture, ignoreCase: true))
            .Select(f => (f.Label, OpenDefaults.Replace(facet, [f.Value]).ToUrl(), f.Count));
}

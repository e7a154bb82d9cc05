using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Plateforme.Search.Indexing;
using Plateforme.Web.Calls.Components;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;
using Plateforme.Web.Shared.Navigation;
using Plateforme.Web.Shared.Preferences;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Calls.Pages;

/// <summary>
/// The results page. The address is the whole state: every change (a facet, a chip, the sort, the text typed)
/// becomes a navigation, and every navigation (including back and forward) re-reads the address.
/// </summary>
public sealed partial class SearchResults
{
    private SearchRequest? request;
    // The search's counts and facets, without its hits: once drawn into the cards, the calls' texts are let go
    // (an idle results page kept about 100 KB of them per visitor, bench/README.md).
    private SearchResult? result;
    // The cards themselves are held by the browser once interactive (BrowserHtml): the page keeps their names.
    private HeldHtml? exactCards;
    private HeldHtml? approximateCards;
    private SearchFilters filters = SearchFilters.Empty;
    private IReadOnlyList<ActiveFilter> chips = [];
    private string? loadedAddress;
    private bool filtersOpen;
    private string? typingAddress;
    private IReadOnlyList<EmptySearchSuggestion> suggestions = [];
    private IReadOnlyList<FacetDimension> dimensions = [];
    private ElementReference countElement;
    private bool focusCount;

    // Addresses this page asked for and the browser has not confirmed yet, oldest first; see ChangeAsync.
    private readonly List<string> requested = [];
    private readonly SemaphoreSlim changing = new(1, 1);

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required SearchRequestReader Reader { get; init; }

    [Inject]
    public required ISearchIndex Index { get; init; }

    [Inject]
    public required ResultCardMarkup CardMarkup { get; init; }

    [Inject]
    public required BrowserHtml Html { get; init; }

    [Inject]
    public required FilterLabels Labels { get; init; }

    [Inject]
    public required Plateforme.Search.Reference.TerritoryDirectory Territories { get; init; }

    [CascadingParameter]
    public VisitorPreference? Preference { get; set; }

    /// <summary>The results' own query string, carried by each card so the call's page can lead back here.</summary>
    private string SearchQueryString => filters.ToQueryString();

    private string ShowResultsText => result is null || result.Total == 0
        ? SearchDesignText.ShowResultsNone
        : FrenchFormat.Count(result.Total, SearchDesignText.ShowResultsOne, SearchDesignText.ShowResultsMany);

    /// <summary>Closed calls are ranked last (see HitRanker); the note says so when some are listed and offers to leave them out.</summary>
    private bool ShowsClosedNote => result is { Total: > 0 } && filters.Values(FacetNames.Status).Count == 0
        && result.Facets.GetValueOrDefault(FacetNames.Status)?.Any(f => f.Value == CallStatusRules.ClosedSlug && f.Count > 0) == true;

    private string WithoutClosedUrl => filters
        .With(FacetNames.Status, CallStatusRules.OpenSlug)
        .With(FacetNames.Status, CallStatusRules.UpcomingSlug)
        .ToUrl();

    private DateOnly Today => request?.Query.Today ?? DateOnly.MinValue;

    private int PageCount => result is null ? 0 : (result.Total + filters.PageSize - 1) / filters.PageSize;

    private int FirstRank => (filters.Page - 1) * filters.PageSize + 1;

    private string CountText => result is null
        ? UiText.Loading
        : FrenchFormat.Count(result.Total, UiText.ResultCountOne, UiText.ResultCountMany);

    private string FiltersButtonText => filters.FilterCount == 0
        ? UiText.FiltersButton
        : string.Format(FrenchFormat.Culture, UiText.FiltersButtonWithCount, filters.FilterCount);

    private string PageTitle => filters.HasText
        ? string.Format(FrenchFormat.Culture, UiText.SearchTitleWithText, filters.Text, UiText.SiteName)
        : string.Format(FrenchFormat.Culture, UiText.SearchTitle, UiText.SiteName);

    /// <summary>The dimensions with values to offer or a value ticked; the rarer ones folded unless one is ticked.</summary>
    private IReadOnlyList<FacetDimension> DimensionsOf(SearchResult found) => [.. SearchFilters.ListParameters
        .Select(name => (Name: name, Values: found.Facets.GetValueOrDefault(name) ?? (IReadOnlyList<FacetCount>)[]))
        .Where(f => f.Values.Count > 0 || filters.Values(f.Name).Count > 0)
        .Select(f => new FacetDimension(f.Name, FilterLabels.Dimension(f.Name), f.Values,
            Open: f.Name is not (FacetNames.Recurrence or FacetNames.AidType) || filters.Values(f.Name).Count > 0))];

    /// <summary>A link applying the visitor's territory and organisation type when this search lacks them.</summary>
    private string? PreferenceSuggestion
    {
        get
        {
            if (Preference is null || Preference.IsEmpty) return null;
            var missing = Preference.AsSearchParameters().Where(p => !filters.IsSelected(p.Key, p.Value)).ToList();
            if (missing.Count == 0 || missing.Any(p => filters.Values(p.Key).Count > 0)) return null;
            return missing.Aggregate(filters, (f, p) => f.With(p.Key, p.Value)).ToUrl();
        }
    }

    private string PreferenceText => string.Join(", ", (Preference?.AsSearchParameters() ?? []).Select(p => Labels.Value(p.Key, p.Value)));

    protected override async Task OnInitializedAsync()
    {
        Navigation.LocationChanged += LocationChanged;
        await LoadAsync(Navigation.Uri);
    }

    private void LocationChanged(object? sender, LocationChangedEventArgs args) => _ = InvokeAsync(async () =>
    {
        var ours = requested.IndexOf(args.Location);
        if (ours >= 0) requested.RemoveRange(0, ours + 1);
        else requested.Clear(); // back, forward or a plain link: the browser's address is the truth again
        if (!new Uri(args.Location).AbsolutePath.Equals(CallLinks.SearchPath, StringComparison.OrdinalIgnoreCase)) return;
        await LoadAsync(args.Location);
        StateHasChanged();
    });

    private async Task LoadAsync(string address)
    {
        if (address == loadedAddress) return;
        loadedAddress = address;
        request = await Reader.ReadAsync(address);
        filters = request.Filters;
        var found = Index.Search(request.Query);
        // Drawn before anything is kept: a render during the drawing would otherwise show new counts over old cards.
        var drawn = await CardMarkup.RenderAsync(found.Hits, Today, SearchQueryString, FirstRank);
        result = found with { Hits = [] };
        dimensions = DimensionsOf(result);
        exactCards = drawn.Exact is { } exact ? Html.Hand(exact, RendererInfo.IsInteractive) : null;
        approximateCards = drawn.Approximate is { } approximate ? Html.Hand(approximate, RendererInfo.IsInteractive) : null;
        chips = [.. filters.ActiveFilters.Select(f => new ActiveFilter(
            f.Parameter, f.Value, FilterLabels.Dimension(f.Parameter), Labels.Value(f.Parameter, f.Value), filters.Without(f.Parameter, f.Value).ToUrl())
        {
            IsPreference = Preference?.AsSearchParameters().Any(p => p.Key == f.Parameter && p.Value == f.Value) == true,
        })];
        suggestions = result.Total == 0 && filters.Page == 1
            ? await new EmptySearchSuggestions(Reader, Index, Territories).ForAsync(filters, chips, new Uri(address))
            : [];
    }

    /// <summary>Closes the filter panel and moves to the results count (focusing it scrolls it into view and is announced).</summary>
    private void ShowResults()
    {
        filtersOpen = false;
        focusCount = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusCount) return;
        focusCount = false;
        await countElement.FocusAsync();
    }

    /// <summary>
    /// Typing searches as you go: the first pause adds a history entry, later pauses of the same typing replace it,
    /// so "back" returns to the search before the typing, not to every word on the way.
    /// </summary>
    private Task SearchTextAsync(string text) => ChangeAsync(current =>
    {
        var next = current.WithText(text);
        if (next.Text == current.Text) return null;
        var address = Navigation.ToAbsoluteUri(next.ToUrl()).AbsoluteUri;
        var stillTyping = typingAddress is not null && typingAddress == CurrentAddress;
        typingAddress = address;
        return (next, stillTyping);
    });

    private Task SortAsync(SearchSort sort) => ChangeAsync(f => f.WithSort(sort));

    private Task ChangeAsync(Func<SearchFilters, SearchFilters> change) => ChangeAsync(current => (change(current), false));

    /// <summary>
    /// Applies a change to the latest search asked for, not to the one last rendered: filters ticked, chips removed
    /// and a sort chosen in quick succession all stay, even before the browser has confirmed the previous address.
    /// One change at a time, since reading the address may wait on the vocabulary.
    /// </summary>
    private async Task ChangeAsync(Func<SearchFilters, (SearchFilters Next, bool Replace)?> change)
    {
        await changing.WaitAsync();
        try
        {
            var current = CurrentAddress == loadedAddress ? filters : (await Reader.ReadAsync(CurrentAddress)).Filters;
            if (change(current) is not { } next) return;
            var address = Navigation.ToAbsoluteUri(next.Next.ToUrl()).AbsoluteUri;
            requested.Add(address);
            Navigation.NavigateTo(address, new NavigationOptions { ReplaceHistoryEntry = next.Replace });
        }
        finally
        {
            changing.Release();
        }
    }

    private string CurrentAddress => requested.Count > 0 ? requested[^1] : Navigation.Uri;

    private static string NoticeParameter(string parameter) => parameter switch
    {
        "q" => UiText.NoticeParameterText,
        "sort" => UiText.SortLabel,
        "page" or "pageSize" => UiText.NoticeParameterPage,
        _ => FilterLabels.Dimension(parameter),
    };

    public void Dispose()
    {
        Navigation.LocationChanged -= LocationChanged;
        changing.Dispose();
    }
}

using Microsoft.AspNetCore.Components;
using Plateforme.Search.Indexing;
using Plateforme.Search.Text;
using Plateforme.Web.Shared.Display;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Calls.Components;

public sealed partial class FacetList
{
    private string filterText = "";
    private bool moreShown;
    private (IReadOnlyList<FacetCount> Values, SearchFilters Filters, string FilterText, bool WithMore)? drawnFor;
    private (HeldHtml First, HeldHtml? More) drawn;

    [Inject]
    public required BrowserHtml Html { get; init; }

    /// <summary>The query parameter ("theme", "funder"…).</summary>
    [Parameter, EditorRequired]
    public required string Name { get; set; }

    [Parameter, EditorRequired]
    public required string Title { get; set; }

    [Parameter, EditorRequired]
    public required IReadOnlyList<FacetCount> Values { get; set; }

    [Parameter, EditorRequired]
    public required SearchFilters Filters { get; set; }

    [Parameter]
    public bool Open { get; set; } = true;

    /// <summary>Values listed before "show more".</summary>
    [Parameter]
    public int VisibleCount { get; set; } = 6;

    /// <summary>From this many values on, a text box narrows the list (funders run into the hundreds).</summary>
    [Parameter]
    public int SearchableFrom { get; set; } = 10;

    /// <summary>The label of a selected value the counts no longer list.</summary>
    [Parameter]
    public Func<string, string>? LabelOf { get; set; }

    /// <summary>
    /// Once interactive, toggles the value against the address as it is at the moment of the click rather than
    /// following the link drawn at the last render, which misses a filter ticked a moment before.
    /// </summary>
    [Parameter]
    public EventCallback<string> OnToggle { get; set; }

    /// <summary>Where a value's link leads; the filters toggled on the results page by default.</summary>
    [Parameter]
    public Func<SearchFilters, string>? UrlOf { get; set; }

    private string SearchId => "facet-search-" + Name;

    private bool IsSearchable => Values.Count >= SearchableFrom;

    private bool IsFiltering => !string.IsNullOrWhiteSpace(filterText);

    private int SelectedCount => Filters.Values(Name).Count;

    /// <summary>
    /// The index's order, which does not move under the pointer when a value is ticked; a selected value that
    /// matches nothing any more comes first with 0, so that it can still be unticked.
    /// </summary>
    private List<FacetCount> Shown
    {
        get
        {
            var missing = Filters.Values(Name).Where(v => !Values.Any(f => f.Value == v)).Select(v => new FacetCount(v, LabelOf?.Invoke(v) ?? v, 0));
            var all = missing.Concat(Values);
            if (!IsFiltering) return all.ToList();
            var folded = Fold(filterText);
            return all.Where(f => Fold(f.Label).Contains(folded, StringComparison.Ordinal)).ToList();
        }
    }

    private string Href(FacetCount value)
    {
        var next = Filters.Toggle(Name, value.Value);
        return UrlOf is null ? next.ToUrl() : UrlOf(next);
    }

    /// <summary>
    /// The values past the first few, drawn once interactive only when asked for (or when one is ticked): a dimension
    /// lists up to two hundred values, and every search would send them all again to a page that rarely opens them.
    /// Without the circuit they are all in the page, behind « show more », so that the links work without script.
    /// </summary>
    private bool ListsMore(bool anySelected) => !RendererInfo.IsInteractive || moreShown || anySelected;

    private void ShowMore() => moreShown = true;

    /// <summary>The values as markup, drawn again only when what they show changed.</summary>
    private (HeldHtml First, HeldHtml? More) Drawn
    {
        get
        {
            var shown = Shown;
            var first = IsFiltering ? shown : shown.Take(VisibleCount);
            var withMore = !IsFiltering && shown.Count > VisibleCount && ListsMore(shown.Skip(VisibleCount).Any(v => Filters.IsSelected(Name, v.Value)));
            var key = (Values, Filters, filterText, withMore);
            if (drawnFor == key) return drawn;
            drawnFor = key;
            drawn = (Draw(first), withMore ? Draw(shown.Skip(VisibleCount)) : null);
            return drawn;
        }
    }

    private HeldHtml Draw(IEnumerable<FacetCount> values) =>
        Html.Hand(FacetValueMarkup.Render(values, v => Filters.IsSelected(Name, v.Value), Href), RendererInfo.IsInteractive);

    private Task Toggle(FacetToggleEventArgs click) => click.Value is { } value ? OnToggle.InvokeAsync(value) : Task.CompletedTask;

    private static string Fold(string text) => FrenchFolding.Fold(text).Trim();
}

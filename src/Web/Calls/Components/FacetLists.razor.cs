using Microsoft.AspNetCore.Components;
using Plateforme.Search.Indexing;
using Plateforme.Search.Text;
using Plateforme.Web.Shared.Display;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Calls.Components;

public sealed partial class FacetLists
{
    private readonly Dictionary<string, FacetListState> states = new(StringComparer.Ordinal);

    [Inject]
    public required BrowserHtml Html { get; init; }

    [Parameter, EditorRequired]
    public required IReadOnlyList<FacetDimension> Dimensions { get; set; }

    [Parameter, EditorRequired]
    public required SearchFilters Filters { get; set; }

    /// <summary>Values listed before "show more".</summary>
    [Parameter]
    public int VisibleCount { get; set; } = 6;

    /// <summary>From this many values on, a text box narrows the list (funders run into the hundreds).</summary>
    [Parameter]
    public int SearchableFrom { get; set; } = 10;

    /// <summary>The label of a selected value the counts no longer list, by dimension and value.</summary>
    [Parameter]
    public Func<string, string, string>? LabelOf { get; set; }

    /// <summary>
    /// Once interactive, toggles the value against the address as it is at the moment of the click rather than
    /// following the link drawn at the last render, which misses a filter ticked a moment before.
    /// </summary>
    [Parameter]
    public EventCallback<FacetToggle> OnToggle { get; set; }

    private FacetListState StateOf(string dimension)
    {
        if (!states.TryGetValue(dimension, out var state)) states[dimension] = state = new FacetListState();
        return state;
    }

    /// <summary>
    /// The index's order, which does not move under the pointer when a value is ticked; a selected value that
    /// matches nothing any more comes first with 0, so that it can still be unticked.
    /// </summary>
    private List<FacetCount> Shown(FacetDimension dimension, FacetListState list)
    {
        var missing = Filters.Values(dimension.Name)
            .Where(v => !dimension.Values.Any(f => f.Value == v))
            .Select(v => new FacetCount(v, LabelOf?.Invoke(dimension.Name, v) ?? v, 0));
        var all = missing.Concat(dimension.Values);
        if (!list.IsFiltering) return all.ToList();
        var folded = Fold(list.FilterText);
        return all.Where(f => Fold(f.Label).Contains(folded, StringComparison.Ordinal)).ToList();
    }

    /// <summary>
    /// The values past the first few, drawn once interactive only when asked for (or when one is ticked): a dimension
    /// lists up to two hundred values, and every search would send them all again to a page that rarely opens them.
    /// Without the circuit they are all in the page, behind « show more », so that the links work without script.
    /// </summary>
    private bool ListsMore(FacetListState list, bool anySelected) => !RendererInfo.IsInteractive || list.MoreShown || anySelected;

    /// <summary>The values as markup, drawn again only when what they show changed.</summary>
    private (HeldHtml First, HeldHtml? More) Drawn(FacetDimension dimension, FacetListState list, List<FacetCount> shown)
    {
        var first = list.IsFiltering ? shown : shown.Take(VisibleCount);
        var rest = shown.Skip(VisibleCount);
        var withMore = !list.IsFiltering && shown.Count > VisibleCount && ListsMore(list, rest.Any(v => Filters.IsSelected(dimension.Name, v.Value)));
        var key = (dimension.Values, Filters, list.FilterText, withMore);
        if (list.DrawnFor == key) return list.Drawn;
        list.DrawnFor = key;
        list.Drawn = (Draw(dimension.Name, first), withMore ? Draw(dimension.Name, rest) : null);
        return list.Drawn;
    }

    private HeldHtml Draw(string dimension, IEnumerable<FacetCount> values) =>
        Html.Hand(FacetValueMarkup.Render(values, v => Filters.IsSelected(dimension, v.Value), v => Filters.Toggle(dimension, v.Value).ToUrl()), RendererInfo.IsInteractive);

    private Task ToggleAsync(string dimension, FacetToggleEventArgs click) =>
        click.Value is { } value ? OnToggle.InvokeAsync(new FacetToggle(dimension, value)) : Task.CompletedTask;

    private static string Fold(string text) => FrenchFolding.Fold(text).Trim();
}

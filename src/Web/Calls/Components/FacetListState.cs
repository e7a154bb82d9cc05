using Plateforme.Search.Indexing;
using Plateforme.Web.Shared.Display;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Calls.Components;

/// <summary>What one dimension's list remembers between renders: the text narrowing it, « show more », its drawn values.</summary>
internal sealed class FacetListState
{
    public string FilterText { get; set; } = "";

    public bool MoreShown { get; set; }

    public bool IsFiltering => !string.IsNullOrWhiteSpace(FilterText);

    /// <summary>What the values were last drawn for, so that they are drawn again only when what they show changed.</summary>
    public (IReadOnlyList<FacetCount> Values, SearchFilters Filters, string FilterText, bool WithMore)? DrawnFor { get; set; }

    public (HeldHtml First, HeldHtml? More) Drawn { get; set; }
}

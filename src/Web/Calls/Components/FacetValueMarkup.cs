using System.Text;
using Plateforme.Search.Indexing;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Calls.Components;

/// <summary>
/// A facet's values drawn as one block of HTML. As elements, each value with its link and counts cost the circuit
/// some twenty render-tree frames, kept twice (the last render and the one before): the facet lists were the largest
/// part of what an idle results page kept per visitor (bench/README.md). A click on a value reaches the circuit
/// through the list around them (<see cref="FacetToggleEventArgs"/>); without the circuit the links work as links.
/// </summary>
public static class FacetValueMarkup
{
    public static string Render(IEnumerable<FacetCount> values, Func<FacetCount, bool> isSelected, Func<FacetCount, string> href)
    {
        var html = new StringBuilder("<ul class=\"facet__values\">");
        foreach (var value in values)
        {
            var selected = isSelected(value);
            html.Append("<li><a class=\"facet__value").Append(selected ? " is-selected" : "").Append("\" href=\"").Append(FrenchHtml.Encoder.Encode(href(value)))
                .Append("\" data-testid=\"facet-value\" data-facet-toggle data-value=\"").Append(FrenchHtml.Encoder.Encode(value.Value)).Append('"')
                .Append(selected ? " aria-current=\"true\"" : "").Append('>')
                .Append("<span class=\"facet__check\" aria-hidden=\"true\"></span>")
                .Append("<span class=\"facet__label\">").Append(FrenchHtml.Encoder.Encode(value.Label)).Append("</span>")
                .Append("<span class=\"facet__count\" data-testid=\"facet-count\">").Append(FrenchHtml.Encoder.Encode(FrenchFormat.Number(value.Count))).Append("</span>")
                .Append("<span class=\"visually-hidden\">")
                .Append(FrenchHtml.Encoder.Encode((value.Count <= 1 ? UiText.FacetCallSingular : UiText.FacetCallPlural) + (selected ? UiText.FacetSelectedSuffix : UiText.FacetNotSelectedSuffix)))
                .Append("</span></a></li>");
        }

        return html.Append("</ul>").ToString();
    }
}

using Microsoft.AspNetCore.Components;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Calls.Components;

/// <summary>
/// Carries the rest of the search through a plain GET form, so the form works without the circuit. A fragment of
/// the form's own component rather than a component of its own: three forms on the results page, and every component
/// costs a circuit two render buffers for as long as the page is open.
/// </summary>
public static class HiddenSearchFields
{
    /// <param name="except">Parameters the form itself sets (the text box, the sort selector); "page" is always dropped.</param>
    public static RenderFragment For(SearchFilters filters, IReadOnlyCollection<string> except) => builder =>
    {
        foreach (var (name, value) in filters.ToParameters().Where(p => p.Key != "page" && !except.Contains(p.Key)))
        {
            builder.OpenElement(0, "input");
            builder.AddAttribute(1, "type", "hidden");
            builder.AddAttribute(2, "name", name);
            builder.AddAttribute(3, "value", value);
            builder.CloseElement();
        }
    };
}

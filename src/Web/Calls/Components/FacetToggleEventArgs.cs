using Microsoft.AspNetCore.Components;

namespace Plateforme.Web.Calls.Components;

/// <summary>
/// A click on a filter value of a facet list, told to the circuit by the list around the values
/// (<c>wwwroot/Plateforme.Web.lib.module.js</c>): the values themselves are plain markup, without a handler each.
/// </summary>
public sealed class FacetToggleEventArgs : EventArgs
{
    /// <summary>The value clicked; null for a click elsewhere in the list, or one meant for a new tab.</summary>
    public string? Value { get; set; }
}

namespace Plateforme.Web.Calls.Components;

/// <summary>A value of a dimension clicked in the filter lists: the page adds it to the search, or takes it out.</summary>
public readonly record struct FacetToggle(string Dimension, string Value);

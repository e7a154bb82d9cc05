namespace Plateforme.Web.Calls.Components;

/// <summary>One removable chip: "Thématique : Sport ✕", and where its removal leads.</summary>
public sealed record ActiveFilter(string Parameter, string Value, string Dimension, string Label, string RemoveUrl)
{
    /// <summary>True when the value comes from the visitor's saved territory or organisation type.</summary>
    public bool IsPreference { get; init; }
}

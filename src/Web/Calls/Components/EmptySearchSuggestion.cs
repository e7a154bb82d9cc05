namespace Plateforme.Web.Calls.Components;

/// <summary>One way out of an empty search: what to change, where it leads, and how many calls it gives there.</summary>
public sealed record EmptySearchSuggestion(string Kind, string Text, string Url, int Count);

namespace Plateforme.Web.Calls.Components;

/// <summary>
/// A results page's cards as HTML (<see cref="ResultCardMarkup"/>): the ordered list of the calls meeting every word,
/// and the list of those meeting only some, each null when it has no card.
/// </summary>
public sealed record CardLists(string? Exact, string? Approximate);

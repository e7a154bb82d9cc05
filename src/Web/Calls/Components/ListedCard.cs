using Microsoft.AspNetCore.Components;

namespace Plateforme.Web.Calls.Components;

/// <summary>A result card as the results page keeps it: drawn once (<see cref="ResultCardMarkup"/>), with its place in the list.</summary>
public sealed record ListedCard(Guid Id, bool IsApproximate, MarkupString Markup);

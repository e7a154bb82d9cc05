using Microsoft.AspNetCore.Components;

namespace Plateforme.Web.Calls.Components;

/// <summary>
/// Makes <c>@onfacettoggle</c> known to the Razor compiler, which only looks for a class of exactly this name
/// (dotnet/aspnetcore#56458); under another name the attribute is written into the page as text and nothing is heard.
/// </summary>
[EventHandler("onfacettoggle", typeof(FacetToggleEventArgs), enableStopPropagation: true, enablePreventDefault: true)]
public static class EventHandlers
{
}

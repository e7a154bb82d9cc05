using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Plateforme.Experiences.Finding;
using Plateforme.Experiences.Sheets;
using Plateforme.Web.Experiences.Finding;

namespace Plateforme.Web.Experiences.Pages;

/// <summary>
/// The experiences' search: words and filters in the query string (a GET form, so every state has its address), the
/// list of found sheets always beside the map of the same sheets. The map is drawn by a script from the points
/// written into the page; without it, or without tiles, the list is the page.
/// </summary>
public sealed partial class ExperienceSearchPage
{
    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    private ExperienceQuery query = new();
    private Dictionary<string, string[]> errors = [];
    private ExperienceSearchResult result = new([], 0, [], [], [], [], [], []);
    private IReadOnlyList<ExperienceFacet> territories = [];
    private int pages;
    private int located;
    private string points = "[]";

    protected override async Task OnInitializedAsync()
    {
        (query, errors) = ExperienceQueryParser.Parse(HttpContext.Request.Query);
        result = await Index.SearchAsync(query);
        pages = (result.Total + query.PageSize - 1) / query.PageSize;
        // The territories offered are those of the whole base, régions then départements, so a filter can be widened.
        var everything = await Index.SearchAsync(new ExperienceQuery());
        territories = [.. everything.Regions.OrderBy(f => f.Label, StringComparer.Ordinal), .. everything.Departements.OrderBy(f => f.Label, StringComparer.Ordinal)];
        var withPlace = result.All.Where(h => h.Sheet.Latitude is not null && h.Sheet.Longitude is not null).ToList();
        located = withPlace.Count;
        points = JsonSerializer.Serialize(withPlace.Select(h => new
        {
            lat = h.Sheet.Latitude,
            lon = h.Sheet.Longitude,
            title = h.Sheet.Title,
            url = ExperiencePaths.Sheet(h.Sheet.Slug),
            place = ExperiencePlaces.Label(h.Sheet),
        }));
    }

    private int ThemeCount(string theme) => result.Themes.FirstOrDefault(f => f.Value == theme)?.Count ?? 0;
}

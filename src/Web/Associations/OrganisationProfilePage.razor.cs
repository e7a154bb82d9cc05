using Microsoft.AspNetCore.Components;
using Plateforme.Accounts.Organisations;
using Plateforme.Search.Reference;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Components;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Associations;

/// <summary>
/// The profile form. Interactive for the territory picker (the search page's accessible combo box); the form
/// itself is plain HTML posted to <see cref="ProfileEndpoint"/>, so it also works before the circuit starts.
/// </summary>
public sealed partial class OrganisationProfilePage
{
    private Organisation? organisation;
    private string? territoryCode;
    private string? territoryText;

    [Inject]
    public required OrganisationService Organisations { get; init; }

    [Inject]
    public required TerritoryDirectory Territories { get; init; }

    [Inject]
    public required ThemeTaxonomy Themes { get; init; }

    [Parameter]
    public Guid OrganisationId { get; set; }

    [SupplyParameterFromQuery(Name = "enregistre")]
    public string? Saved { get; set; }

    [SupplyParameterFromQuery(Name = "erreur")]
    public string? Error { get; set; }

    /// <summary>Set by the site-wide refusal of a form whose antiforgery token expired (see <c>RequireAntiforgeryToken</c>).</summary>
    [SupplyParameterFromQuery(Name = "expire")]
    public string? Expired { get; set; }

    private IReadOnlyList<string> Problems => (Error ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Concat(Expired is null ? [] : [ProfileProblems.Expired])
        .Select(ProfileProblems.Message).OfType<string>().Distinct().ToList();

    protected override async Task OnInitializedAsync()
    {
        organisation = await Organisations.FindAsync(OrganisationId);
        if (organisation is not null && TerritoryCode.TryParse(organisation.Territory, out var code) && Territories.IsKnown(code))
        {
            territoryCode = code.ToString();
            territoryText = Territories.Label(code);
        }
    }

    private IReadOnlyList<ComboOption> SuggestTerritories(string text) =>
        [.. Territories.Suggest(text, 40)
            .Where(t => ProfileProblems.Allowed(t.Level))
            .Take(8)
            .Select(t => new ComboOption(t.Code.ToString(), t.Name, TerritoryHint.Of(t, Territories)))];

    /// <summary>Typing after a pick forgets the picked code: the server then matches the typed name.</summary>
    private void TerritoryTyped(string text)
    {
        if (text != territoryText) territoryCode = null;
        territoryText = text;
    }

    private void TerritoryPicked(ComboOption option)
    {
        territoryCode = option.Key;
        territoryText = option.Label;
    }
}

using Microsoft.AspNetCore.Components;
using Plateforme.Search.Reference;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Components;
using Plateforme.Web.Shared.Display;
using Plateforme.Web.Shared.Lending;

namespace Plateforme.Web.Lending.Campaigns;

public sealed partial class TerritoryField
{
    // Every commune of a shared postal code (80260 has 24); the list scrolls.
    private const int MaxSuggestions = 25;

    private string? chosenCode;
    private string? text;

    [Inject]
    public required TerritoryDirectory Territories { get; init; }

    /// <summary>What the field shows: the saved place's name, or what the carrier typed before the page came back.</summary>
    [Parameter]
    public string? Text { get; set; }

    /// <summary>The territory code already chosen (« com:80798 »), posted with the form in a hidden field.</summary>
    [Parameter]
    public string? Code { get; set; }

    /// <summary>False while the page lists candidates as radio buttons: those post the code instead.</summary>
    [Parameter]
    public bool PostCode { get; set; } = true;

    [Parameter]
    public bool Invalid { get; set; }

    [Parameter]
    public bool Autofocus { get; set; }

    protected override void OnInitialized()
    {
        chosenCode = Code;
        text = Text;
    }

    /// <summary>Digits are a postal code being typed: only the communes it serves (not the commune whose INSEE code it is).</summary>
    private IReadOnlyList<ComboOption> Suggest(string typed) =>
        [.. Territories.Suggest(typed, MaxSuggestions * 3)
            .Where(t => t.Level is TerritoryLevel.Commune or TerritoryLevel.Epci or TerritoryLevel.Departement)
            .Where(t => !typed.All(char.IsAsciiDigit) || t.PostalCodes.Any(p => p.StartsWith(typed, StringComparison.Ordinal)))
            .Take(MaxSuggestions)
            .Select(t => new ComboOption(t.Code.ToString(), t.Name, Describe(t)))];

    /// <summary>« 14310, Calvados » beside a commune: two Villers-Bocage are told apart before being picked.</summary>
    private string Describe(Territory place) => place.Level switch
    {
        TerritoryLevel.Commune when place.Departement is { } departement => string.Format(FrenchFormat.Culture,
            LendingPageText.TerritoryHintCommune, place.PostalCodes.FirstOrDefault() ?? "", Territories.Label(departement)).TrimStart(',', ' '),
        TerritoryLevel.Epci => LendingPageText.TerritoryHintEpci,
        _ => string.Format(FrenchFormat.Culture, LendingPageText.TerritoryHintDepartement, place.Code.Code),
    };

    /// <summary>Typing after a pick forgets the picked place: the server then reads the typed text.</summary>
    private void Typed(string typed)
    {
        if (typed != text) chosenCode = null;
        text = typed;
    }

    /// <summary>The field then reads « Villers-Bocage (Calvados) », as the campaign page will name the place.</summary>
    private void Picked(ComboOption option)
    {
        chosenCode = option.Key;
        text = PlaceNames.Of(Territories, option.Key);
    }
}

using Plateforme.Search.Reference;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Shared.Display;

/// <summary>
/// The line under a place in a suggestion list, so that homonyms are told apart before being picked: « 80260,
/// Somme » beside a commune, « Département 80 », « Intercommunalité », « Région ».
/// </summary>
public static class TerritoryHint
{
    public static string Of(Territory territory, TerritoryDirectory territories)
    {
        ArgumentNullException.ThrowIfNull(territory);
        ArgumentNullException.ThrowIfNull(territories);
        return territory.Level switch
        {
            TerritoryLevel.Commune when territory.Departement is { } departement => string.Format(FrenchFormat.Culture, UiText.PreferenceCommuneIn,
                territory.PostalCodes.FirstOrDefault() ?? territory.Code.Code, territories.Label(departement)),
            TerritoryLevel.Departement => string.Format(FrenchFormat.Culture, UiText.PreferenceDepartement, territory.Code.Code),
            TerritoryLevel.Epci => UiText.FunderKindEpci,
            _ => UiText.FunderKindRegion,
        };
    }
}

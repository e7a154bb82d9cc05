using Plateforme.Search.Reference;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Shared.Lending;

/// <summary>
/// The name a person reads for a campaign's territory (« Villers-Bocage (Somme) »), never its code: lending stores
/// « com:80798 », and the same commune name can exist in several départements, hence the département beside it.
/// </summary>
public static class PlaceNames
{
    public static string Of(TerritoryDirectory territories, string? territory)
    {
        ArgumentNullException.ThrowIfNull(territories);
        if (!TerritoryCode.TryParse(territory, out var code) || !territories.TryFind(code, out var place)) return LendingPageText.PlaceUnknown;
        return place.Level == TerritoryLevel.Commune && place.Departement is { } departement && territories.IsKnown(departement)
            ? string.Format(FrenchFormat.Culture, LendingPageText.PlaceInDepartement, place.Name, territories.Label(departement))
            : place.Name;
    }
}

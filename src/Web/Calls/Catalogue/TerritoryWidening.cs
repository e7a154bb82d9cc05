using Plateforme.Search.Reference;

namespace Plateforme.Web.Calls.Catalogue;

/// <summary>The next larger perimeter to try when a territory finds nothing: commune → département → région → France.</summary>
public static class TerritoryWidening
{
    public static TerritoryCode? Wider(TerritoryDirectory territories, TerritoryCode code)
    {
        var territory = territories.Find(code);
        return code.Level switch
        {
            TerritoryLevel.Commune or TerritoryLevel.Epci => territory?.Departement ?? territory?.Region ?? TerritoryCode.National,
            TerritoryLevel.Departement => territory?.Region ?? TerritoryCode.National,
            TerritoryLevel.Region => TerritoryCode.National,
            _ => null,
        };
    }
}

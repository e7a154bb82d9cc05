using Plateforme.Accounts.Organisations;
using Plateforme.Search.Moderation;
using Plateforme.Search.Reference;

namespace Plateforme.Web.Calls.Submissions;

/// <summary>An organisation of the platform as the catalogue's funder of the calls it posts.</summary>
public static class OrganisationFunders
{
    public static OrganisationFunder From(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var territory = TerritoryCode.TryParse(organisation.Territory, out var code) ? code : (TerritoryCode?)null;
        return new OrganisationFunder(organisation.Id, organisation.Name, Kind(organisation.Kind, territory?.Level), territory?.ToString());
    }

    /// <summary>The catalogue's funder kinds; a local authority's comes from the level of its territory.</summary>
    private static string Kind(OrganisationKind kind, TerritoryLevel? level) => kind switch
    {
        OrganisationKind.Association => "association",
        OrganisationKind.Fondation => "fondation",
        OrganisationKind.Entreprise => "entreprise",
        _ => level switch
        {
            TerritoryLevel.Region => "region",
            TerritoryLevel.Departement => "departement",
            TerritoryLevel.Epci => "epci",
            TerritoryLevel.Commune => "commune",
            _ => "autre",
        },
    };
}

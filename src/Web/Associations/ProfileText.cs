using Plateforme.Accounts.Organisations;
using Plateforme.Search.Reference;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Associations;

/// <summary>The profile in one French line: « Association · Amiens · Sport, Culture · 1 à 9 salariés ».</summary>
public static class ProfileText
{
    public static string Line(Organisation organisation, TerritoryDirectory territories, ThemeTaxonomy themes)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(territories);
        ArgumentNullException.ThrowIfNull(themes);
        var parts = new List<string> { Kind(organisation.Kind) };
        if (TerritoryCode.TryParse(organisation.Territory, out var code)) parts.Add(territories.Label(code));
        parts.Add(organisation.Themes.Count == 0
            ? AssociationText.NoThemes
            : string.Join(", ", organisation.Themes.Select(slug => themes.Find(slug)?.Label ?? slug)));
        if (organisation.Size != OrganisationSize.NotStated) parts.Add(AssociationText.Size(organisation.Size));
        if (organisation.GeneralInterest) parts.Add(AssociationText.GeneralInterestYes);
        return string.Join(" · ", parts);
    }

    public static string Kind(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Association => AccountUi.KindAssociation,
        OrganisationKind.Collectivite => AccountUi.KindCollectivite,
        OrganisationKind.Fondation => AccountUi.KindFondation,
        _ => AccountUi.KindEntreprise,
    };
}

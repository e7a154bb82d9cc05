using Plateforme.Accounts.Organisations;
using Plateforme.Search.Reference;
using Plateforme.Web.Shared.Navigation;

namespace Plateforme.Web.Associations;

/// <summary>
/// POST of the profile form: reads the plain form (it works without the interactive picker: a typed name is
/// matched to its best territory), checks territory and themes against the reference data, saves, and sends the
/// member back to the form with the outcome in the query string.
/// </summary>
internal static class ProfileEndpoint
{
    public static async Task<IResult> SaveAsync(Guid organisationId, HttpRequest request, OrganisationService organisations,
        TerritoryDirectory territories, ThemeTaxonomy themes, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        var problems = new List<string>();
        var territory = ResolveTerritory(form["territory"].ToString(), form["territoryText"].ToString(), territories);
        if (territory is null) problems.Add(ProfileProblems.Territory);
        var chosen = form["theme"].Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Any(slug => themes.Find(slug) is null)) problems.Add(ProfileProblems.Theme);
        if (chosen.Count > OrganisationService.MaxThemes) problems.Add(ProfileProblems.TooManyThemes);
        var kindKnown = Enum.TryParse<OrganisationKind>(form["kind"].ToString(), out var kind) && Enum.IsDefined(kind);
        var sizeKnown = Enum.TryParse<OrganisationSize>(form["size"].ToString(), out var size) && Enum.IsDefined(size);
        if (!kindKnown) problems.Add(ProfileProblems.Kind);
        if (!sizeKnown) problems.Add(ProfileProblems.Size);
        if (problems.Count > 0) return Results.Redirect(AssociationPaths.Profile(organisationId) + "?erreur=" + string.Join(',', problems));

        var profile = new OrganisationProfile(kind, territory!.Value.ToString(), chosen, size, form["generalInterest"].ToString() is "true" or "on");
        var errors = await organisations.UpdateProfileAsync(organisationId, profile, cancellationToken);
        return errors.Count > 0
            ? Results.Redirect(AssociationPaths.Profile(organisationId) + "?erreur=" + ProfileProblems.Kind)
            : Results.Redirect(AssociationPaths.Profile(organisationId) + "?enregistre=1");
    }

    /// <summary>The picked code when it is a known territory below the national level; else the typed name's best match.</summary>
    private static TerritoryCode? ResolveTerritory(string code, string typed, TerritoryDirectory territories)
    {
        if (TerritoryCode.TryParse(code, out var picked) && territories.IsKnown(picked) && ProfileProblems.Allowed(picked.Level)) return picked;
        if (string.IsNullOrWhiteSpace(typed)) return null;
        return territories.Suggest(typed, 20).FirstOrDefault(t => ProfileProblems.Allowed(t.Level))?.Code;
    }
}

using Plateforme.Accounts.Organisations;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Associations;

/// <summary>
/// « Appels pour mon association »: the open and upcoming calls whose beneficiaries include the organisation's
/// kind, whose territory covers the organisation's own (the call's perimeter is the organisation's territory or
/// encloses it: a regional call fits a commune of the region), and, when the profile names themes, filed under
/// one of them. Each call says why it fits. Deadlines first, calls without one last.
/// </summary>
public sealed class AssociationCalls(ISearchIndex index, TerritoryDirectory territories, ThemeTaxonomy themes, TimeProvider clock)
{
    /// <summary>The most calls the page lists; the full search shows the rest.</summary>
    public const int MaxListed = 100;

    private const int Window = 1000;

    private static readonly CallStatus[] Live = [CallStatus.Upcoming, CallStatus.Open, CallStatus.ClosingSoon];

    public MatchingList For(OrganisationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!TerritoryCode.TryParse(profile.Territory, out var territory) || !territories.IsKnown(territory)) return MatchingList.Empty;
        var beneficiary = BeneficiaryOfKind.For(profile.Kind, territory);
        var themeSlugs = profile.Themes.Where(slug => themes.Find(slug) is not null).ToList();
        var query = new SearchQuery
        {
            Beneficiaries = beneficiary is null ? [] : [beneficiary],
            Themes = themeSlugs,
            Territories = [new TerritoryScope(territory, territories.AncestorsOf(territory))],
            Statuses = Live,
            Sort = SearchSort.Deadline,
            PageSize = Window,
            IncludeFacets = false,
            Today = CallStatusRules.TodayInParis(clock),
        };

        // The index's territory filter also lists calls inside the territory (a commune's call for a département
        // organisation): only the perimeters covering the organisation's territory fit it.
        var covering = territories.PathOf(territory).Select(code => code.ToString()).ToHashSet(StringComparer.Ordinal);
        var fitting = index.Search(query).Hits
            .Select(hit => (Hit: hit, Territory: CoveringTerritory(hit.Call, covering)))
            .Where(item => item.Territory is not null)
            .OrderBy(item => item.Hit.Call.Deadline is null)
            .ThenBy(item => item.Hit.Call.Deadline)
            .ThenBy(item => item.Hit.Call.Title, StringComparer.CurrentCulture)
            .ToList();
        var calls = fitting.Take(MaxListed)
            .Select(item => new MatchingCall(item.Hit, Reasons(item.Hit.Call, item.Territory!, themeSlugs, beneficiary)))
            .ToList();
        return new MatchingList(calls, fitting.Count, beneficiary, SearchParameters(territory, beneficiary, themeSlugs));
    }

    private static LabelledValue? CoveringTerritory(CallDocument call, HashSet<string> covering)
    {
        var all = call.Territories.Count > 0 ? call.Territories : [call.Territory];
        return all.FirstOrDefault(t => covering.Contains(t.Value));
    }

    private static List<string> Reasons(CallDocument call, LabelledValue territory, List<string> themeSlugs, string? beneficiary)
    {
        var reasons = new List<string> { string.Format(FrenchFormat.Culture, AssociationText.ReasonTerritory, territory.Label) };
        var matched = call.Themes.Where(t => themeSlugs.Contains(t.Value, StringComparer.Ordinal)).Select(t => t.Label).ToList();
        if (matched.Count > 0)
        {
            reasons.Add(string.Format(FrenchFormat.Culture, matched.Count == 1 ? AssociationText.ReasonTheme : AssociationText.ReasonThemes,
                string.Join(", ", matched)));
        }
        if (beneficiary is not null) reasons.Add(AssociationText.OpenTo(beneficiary));
        return reasons;
    }

    /// <summary>The same filters in the search grammar ("?beneficiary=…&amp;territory=…&amp;theme=…"), for the alert and the search page.</summary>
    private static string SearchParameters(TerritoryCode territory, string? beneficiary, List<string> themeSlugs)
    {
        var parameters = new List<string>();
        if (beneficiary is not null) parameters.Add("beneficiary=" + Uri.EscapeDataString(beneficiary));
        parameters.Add("territory=" + Uri.EscapeDataString(territory.ToString()));
        parameters.AddRange(themeSlugs.Select(slug => "theme=" + Uri.EscapeDataString(slug)));
        return "?" + string.Join('&', parameters);
    }
}

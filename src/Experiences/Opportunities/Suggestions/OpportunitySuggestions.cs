using System.Globalization;
using Plateforme.Experiences.Finding;
using Plateforme.Experiences.Opportunities.Files;
using Plateforme.Experiences.Sheets;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;

namespace Plateforme.Experiences.Opportunities.Suggestions;

/// <summary>
/// What the workspace proposes for a file: the open calls of the catalogue that could fund it (searched in the calls'
/// index by the file's territory with its ancestry, its themes and its carrier's beneficiary type, soonest deadline
/// first) and the published experiences that resemble it (the experiences' index, by words and themes).
/// </summary>
public sealed class OpportunitySuggestions(ISearchIndex calls, ExperienceIndex experiences, TerritoryDirectory territories, TimeProvider clock)
{
    public IReadOnlyList<CallSuggestion> Calls(Opportunity file, int max = 8)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!TerritoryCode.TryParse(file.TerritoryCode, out var place)) return [];
        var path = territories.PathOf(place).Select(c => c.ToString()).ToHashSet(StringComparer.Ordinal);
        var beneficiaries = CarrierBeneficiaries.Of(file.Carrier);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ParisTime.Zone).DateTime);
        var result = calls.Search(new SearchQuery
        {
            Today = today,
            Territories = [new TerritoryScope(place, territories.AncestorsOf(place))],
            Themes = file.ThemeSlugs,
            Beneficiaries = beneficiaries,
            IncludeUnstated = beneficiaries.Count > 0,
            Statuses = [CallStatus.Open, CallStatus.ClosingSoon, CallStatus.Upcoming],
            Sort = SearchSort.Deadline,
            PageSize = max,
            IncludeFacets = false,
        });
        return result.Hits.Select(hit => new CallSuggestion(hit.Call, hit.Status, Reasons(hit, file, path, beneficiaries))).ToList();
    }

    public async Task<IReadOnlyList<ExperienceSuggestion>> ExperiencesAsync(Opportunity file, int max = 6, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var themes = ThemeBridge.ToExperienceThemes(file.ThemeSlugs);
        var text = string.Join('\n', file.Title, file.Description, file.MainInterest, file.Activities);
        var hits = await experiences.MatchingAnyAsync(text, themes, max, cancellationToken).ConfigureAwait(false);
        var region = TerritoryCode.TryParse(file.TerritoryCode, out var place) && territories.TryFind(place, out var found) ? found.Region ?? (place.Level == TerritoryLevel.Region ? place : null) : null;
        return hits.Select(hit => new ExperienceSuggestion(hit.Sheet, Reasons(hit.Sheet, themes, region))).ToList();
    }

    private static List<SuggestionReason> Reasons(SearchHit hit, Opportunity file, HashSet<string> placePath, IReadOnlyList<string> beneficiaries)
    {
        var call = hit.Call;
        var reasons = new List<SuggestionReason>();
        var covering = call.Territories.FirstOrDefault(t => placePath.Contains(t.Value)) ?? (placePath.Contains(call.Territory.Value) ? call.Territory : null);
        if (covering is not null) reasons.Add(new SuggestionReason(ReasonKind.Territory, covering.Label));
        var themes = file.ThemeSlugs.ToHashSet(StringComparer.Ordinal);
        var shared = call.Themes.Where(t => themes.Contains(t.Value)).Select(t => t.Label).ToList();
        if (shared.Count > 0) reasons.Add(new SuggestionReason(ReasonKind.Theme, string.Join(", ", shared)));
        if (hit.PublicUnstated) reasons.Add(new SuggestionReason(ReasonKind.BeneficiaryUnstated));
        else reasons.AddRange(call.Beneficiaries.Where(b => beneficiaries.Contains(b.Value, StringComparer.Ordinal)).Select(b => new SuggestionReason(ReasonKind.Beneficiary, b.Label)));
        if (hit.Status == CallStatus.Upcoming && call.OpensOn is { } opens) reasons.Add(new SuggestionReason(ReasonKind.OpensOn, Iso(opens)));
        if (call.Deadline is { } deadline) reasons.Add(new SuggestionReason(ReasonKind.Deadline, Iso(deadline)));
        else reasons.Add(new SuggestionReason(ReasonKind.NoDeadline));
        return reasons;
    }

    private List<SuggestionReason> Reasons(Experience sheet, IReadOnlyList<string> themes, TerritoryCode? region)
    {
        var reasons = new List<SuggestionReason>();
        var shared = sheet.ThemeSlugs.Where(themes.Contains).Select(ExperienceThemes.Label).ToList();
        if (shared.Count > 0) reasons.Add(new SuggestionReason(ReasonKind.SharedTheme, string.Join(", ", shared)));
        if (region is { } r && TerritoryCode.TryParse(sheet.TerritoryCode, out var at) && territories.PathOf(at).Contains(r))
            reasons.Add(new SuggestionReason(ReasonKind.SameRegion, territories.Label(r)));
        if (reasons.Count == 0 || !sheet.ThemeSlugs.Any(themes.Contains)) reasons.Add(new SuggestionReason(ReasonKind.SharedWords));
        return reasons;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

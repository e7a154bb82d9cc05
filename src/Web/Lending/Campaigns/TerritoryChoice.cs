using Plateforme.Search.Reference;
using Plateforme.Search.Text;

namespace Plateforme.Web.Lending.Campaigns;

/// <summary>
/// Turns what a carrier typed (« Villers-Bocage », « 80260 ») into one territory code, on the server, so the form
/// works without a script. When several places answer (two Villers-Bocage), the form lists them to choose from.
/// </summary>
public sealed record TerritoryChoice(string? Code, IReadOnlyList<Territory> Candidates)
{
    private const int MaxCandidates = 8;

    public static TerritoryChoice Resolve(TerritoryDirectory territories, string? typed, string? chosenCode)
    {
        ArgumentNullException.ThrowIfNull(territories);
        var text = (typed ?? "").Trim();
        // A place picked from the list (or the saved one) stands while the text still names it.
        if (TerritoryCode.TryParse(chosenCode, out var chosen) && territories.TryFind(chosen, out var picked)
            && (text.Length == 0 || SameName(text, picked.Name) || text == Plateforme.Web.Shared.Lending.PlaceNames.Of(territories, chosenCode)))
        {
            return new(picked.Code.ToString(), []);
        }
        if (text.Length == 0) return new(null, []);
        if (TerritoryCode.TryParse(text, out var code) && territories.IsKnown(code)) return new(code.ToString(), []);

        if (Labelled(territories, text) is { } labelled) return new(labelled, []);

        var candidates = territories.Suggest(text, MaxCandidates * 2)
            .Where(t => t.Level is TerritoryLevel.Commune or TerritoryLevel.Epci or TerritoryLevel.Departement)
            .Take(MaxCandidates)
            .ToList();
        var byName = candidates.Where(t => SameName(text, t.Name)).ToList();
        var byPostalCode = candidates.Where(t => t.PostalCodes.Contains(text, StringComparer.Ordinal)).ToList();
        if (byName.Count == 1) return new(byName[0].Code.ToString(), []);
        if (byName.Count == 0 && byPostalCode.Count == 1) return new(byPostalCode[0].Code.ToString(), []);
        if (candidates.Count == 1) return new(candidates[0].Code.ToString(), []);
        return new(null, byName.Count > 1 ? byName : byPostalCode.Count > 1 ? byPostalCode : candidates);
    }

    /// <summary>« Villers-Bocage (Calvados) », as the picker writes a pick and pages name a place, is one place.</summary>
    private static string? Labelled(TerritoryDirectory territories, string text)
    {
        var open = text.LastIndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || !text.EndsWith(')')) return null;
        var folded = FrenchFolding.FoldWords(text);
        return territories.Suggest(text[..open], MaxCandidates * 4)
            .Select(t => t.Code.ToString())
            .FirstOrDefault(code => FrenchFolding.FoldWords(Plateforme.Web.Shared.Lending.PlaceNames.Of(territories, code)) == folded);
    }

    private static bool SameName(string a, string b) =>
        string.Equals(FrenchFolding.FoldWords(a).Replace('-', ' '), FrenchFolding.FoldWords(b).Replace('-', ' '), StringComparison.Ordinal);
}

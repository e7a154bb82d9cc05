using Plateforme.Search.Reference;
using Plateforme.Search.Text;

namespace Plateforme.Web.Opportunities.Files;

/// <summary>
/// Turns what a team typed (« Amiens », « 80021 », « Amiens (80021) ») into one territory of the reference, on the
/// server so the form works without a script; when several places answer, the form lists them as choices.
/// </summary>
public sealed record OpportunityPlace(string? Code, IReadOnlyList<Territory> Candidates)
{
    private const int MaxCandidates = 8;

    public static OpportunityPlace Resolve(TerritoryDirectory territories, string? typed, string? chosen)
    {
        ArgumentNullException.ThrowIfNull(territories);
        var text = (typed ?? "").Trim();
        if (TerritoryCode.TryParse(chosen, out var picked) && territories.IsKnown(picked) && (text.Length == 0 || Matches(territories, picked, text)))
            return new(picked.ToString(), []);
        if (text.Length == 0) return new(null, []);
        if (TerritoryCode.TryParse(text, out var code)) return territories.IsKnown(code) ? new(code.ToString(), []) : new(null, []);
        var open = text.LastIndexOf('(');
        if (open > 0 && text.EndsWith(')'))
        {
            var inside = text[(open + 1)..^1].Trim();
            var commune = new TerritoryCode(TerritoryLevel.Commune, inside.ToUpperInvariant());
            if (territories.IsKnown(commune)) return new(commune.ToString(), []);
            text = text[..open].Trim();
        }
        if (text.Length == 5 && text.All(char.IsAsciiLetterOrDigit) && territories.IsKnown(new TerritoryCode(TerritoryLevel.Commune, text.ToUpperInvariant())))
            return new(new TerritoryCode(TerritoryLevel.Commune, text.ToUpperInvariant()).ToString(), []);
        var candidates = territories.Suggest(text, MaxCandidates * 2).Take(MaxCandidates).ToList();
        var byName = candidates.Where(t => Same(text, t.Name)).ToList();
        var byPostalCode = candidates.Where(t => t.PostalCodes.Contains(text, StringComparer.Ordinal)).ToList();
        if (byName.Count == 1) return new(byName[0].Code.ToString(), []);
        if (byName.Count == 0 && byPostalCode.Count == 1) return new(byPostalCode[0].Code.ToString(), []);
        return new(null, byName.Count > 1 ? byName : byPostalCode.Count > 1 ? byPostalCode : candidates);
    }

    /// <summary>How a place is written back into the form: « Amiens (80021) », which reads back to the same place.</summary>
    public static string Text(TerritoryDirectory territories, string? code)
    {
        ArgumentNullException.ThrowIfNull(territories);
        if (!TerritoryCode.TryParse(code, out var parsed) || !territories.TryFind(parsed, out var place)) return "";
        return parsed.Level == TerritoryLevel.Commune ? $"{place.Name} ({parsed.Code})" : place.Name;
    }

    /// <summary>« Amiens (Somme) » for a commune, the name alone otherwise.</summary>
    public static string Label(TerritoryDirectory territories, string? code)
    {
        ArgumentNullException.ThrowIfNull(territories);
        if (!TerritoryCode.TryParse(code, out var parsed) || !territories.TryFind(parsed, out var place)) return code ?? "";
        return place.Departement is { } departement && parsed.Level == TerritoryLevel.Commune
            ? $"{place.Name} ({territories.Label(departement)})"
            : place.Name;
    }

    private static bool Matches(TerritoryDirectory territories, TerritoryCode code, string text) =>
        Same(text, territories.Label(code)) || text == Text(territories, code.ToString()) || text == Label(territories, code.ToString());

    private static bool Same(string a, string b) =>
        string.Equals(FrenchFolding.FoldWords(a).Replace('-', ' '), FrenchFolding.FoldWords(b).Replace('-', ' '), StringComparison.Ordinal);
}

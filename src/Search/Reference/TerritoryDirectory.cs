using System.Diagnostics.CodeAnalysis;

namespace Plateforme.Search.Reference;

/// <summary>
/// The official French geography (régions, départements, EPCI, communes) embedded from INSEE/DGCL open data,
/// loaded once and read-only afterwards, so one instance is shared by every thread.
/// </summary>
public sealed class TerritoryDirectory
{
    private static readonly Lazy<TerritoryDirectory> DefaultInstance = new(Load);

    private static readonly IReadOnlyList<TerritoryCode> NationalOnly = [TerritoryCode.National];

    private readonly Dictionary<TerritoryCode, Territory> territories;
    private readonly Lazy<TerritorySuggester> suggester;

    private TerritoryDirectory(Dictionary<TerritoryCode, Territory> territories)
    {
        this.territories = territories;
        // Folding every name costs more than loading them; only pay it once someone types.
        suggester = new Lazy<TerritorySuggester>(() => new TerritorySuggester(territories.Values));
    }

    /// <summary>The directory built from the embedded data, loaded on first use.</summary>
    public static TerritoryDirectory Default => DefaultInstance.Value;

    /// <summary>Number of territories, France and the EU included.</summary>
    public int Count => territories.Count;

    /// <summary>Reads the embedded data into a new instance; prefer <see cref="Default"/>.</summary>
    internal static TerritoryDirectory Load() => new(TerritoryDataLoader.Load());

    public Territory? Find(TerritoryCode code) => territories.GetValueOrDefault(code);

    public bool TryFind(TerritoryCode code, [NotNullWhen(true)] out Territory? territory) =>
        territories.TryGetValue(code, out territory);

    public bool IsKnown(TerritoryCode code) => territories.ContainsKey(code);

    /// <summary>The French name ("Somme"), or the code itself ("dep:99") when the directory does not know it.</summary>
    public string Label(TerritoryCode code) => territories.TryGetValue(code, out var territory) ? territory.Name : code.ToString();

    /// <summary>
    /// Enclosing perimeters, smallest first, ending with France: a commune gives its EPCI, département, région and
    /// "nat:FR". France and the EU have none. An unknown code is still French (codes are INSEE ones): ["nat:FR"].
    /// </summary>
    public IReadOnlyList<TerritoryCode> AncestorsOf(TerritoryCode code)
    {
        if (code.Level is TerritoryLevel.National or TerritoryLevel.Europe) return [];
        if (!territories.TryGetValue(code, out var territory)) return NationalOnly;

        var ancestors = new List<TerritoryCode>(4);
        if (territory.Epci is { } epci) ancestors.Add(epci);
        if (territory.Departement is { } departement) ancestors.Add(departement);
        if (territory.Region is { } region) ancestors.Add(region);
        ancestors.Add(TerritoryCode.National);
        return ancestors;
    }

    /// <summary>The code followed by its <see cref="AncestorsOf"/>: what a call's perimeter is indexed under.</summary>
    public IReadOnlyList<TerritoryCode> PathOf(TerritoryCode code) => [code, .. AncestorsOf(code)];

    /// <summary>
    /// Autocomplete: names by prefix (then by a word inside the name), ignoring case and accents; INSEE codes,
    /// EPCI SIREN and postal codes. Exact matches first, then the most populated territories.
    /// </summary>
    public IReadOnlyList<Territory> Suggest(string? text, int max = 10) => suggester.Value.Suggest(text, max);

    /// <summary>Every territory of one level, sorted by code (régions and départements for pickers).</summary>
    public IReadOnlyList<Territory> AllOf(TerritoryLevel level) =>
        territories.Values.Where(t => t.Level == level).OrderBy(t => t.Code.Code, StringComparer.Ordinal).ToList();
}

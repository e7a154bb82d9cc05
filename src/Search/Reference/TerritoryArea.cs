namespace Plateforme.Search.Reference;

/// <summary>
/// A set of reference territories and everything inside them (through the ancestry of <see cref="TerritoryDirectory"/>):
/// a partner structure's responsibility. "dep:80" holds the Somme, its EPCI and communes, never "reg:32" or "nat:FR".
/// <see cref="Codes"/> lists every "level:code" inside, so a database filter can use it as an IN list.
/// </summary>
public sealed class TerritoryArea
{
    private readonly HashSet<TerritoryCode> roots;
    private readonly Lazy<IReadOnlySet<string>> codes;

    public TerritoryArea(IEnumerable<string> territories, TerritoryDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(territories);
        ArgumentNullException.ThrowIfNull(directory);
        Directory = directory;
        roots = [.. territories.Select(t => TerritoryCode.TryParse(t, out var code) ? code : (TerritoryCode?)null).OfType<TerritoryCode>()];
        codes = new Lazy<IReadOnlySet<string>>(Expand);
    }

    public TerritoryDirectory Directory { get; }

    /// <summary>The territories the scope was built from.</summary>
    public IReadOnlyCollection<TerritoryCode> Roots => roots;

    /// <summary>Every territory inside the scope, roots included, as "level:code" strings.</summary>
    public IReadOnlySet<string> Codes => codes.Value;

    /// <summary>Whether the territory ("level:code") is one of the roots or lies inside one; unknown text is outside.</summary>
    public bool Contains(string? territory) =>
        TerritoryCode.TryParse(territory, out var code) && Directory.PathOf(code).Any(roots.Contains);

    private HashSet<string> Expand()
    {
        var inside = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in roots) inside.Add(root.ToString());
        foreach (var level in new[] { TerritoryLevel.Region, TerritoryLevel.Departement, TerritoryLevel.Epci, TerritoryLevel.Commune })
        {
            foreach (var territory in Directory.AllOf(level))
            {
                if (Directory.PathOf(territory.Code).Any(roots.Contains)) inside.Add(territory.Code.ToString());
            }
        }

        return inside;
    }
}

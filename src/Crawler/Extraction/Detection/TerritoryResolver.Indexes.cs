using Plateforme.Search.Reference;

namespace Plateforme.Crawler.Extraction.Detection;

public sealed partial class TerritoryResolver
{
    /// <summary>Folded names of the directory, built once: longest names first so "Haute-Loire" wins over "Loire".</summary>
    private sealed record Indexes(
        IReadOnlyList<(string Name, TerritoryCode Code, bool IsAlias)> Names,
        Dictionary<string, TerritoryCode> Epcis,
        Dictionary<string, List<Territory>> Communes)
    {
        public static Indexes Build(TerritoryDirectory directory)
        {
            var regions = directory.AllOf(TerritoryLevel.Region).Select(t => (FrenchText.FoldWords(t.Name), t.Code, false))
                .Concat(RegionAliases.Select(a => (a.Key, new TerritoryCode(TerritoryLevel.Region, a.Value), true)))
                .Where(r => directory.IsKnown(r.Item2))
                .ToList();
            var regionNames = regions.Select(r => r.Item1).ToHashSet(StringComparer.Ordinal);
            // An overseas département shares its région's name: the région is the one to keep.
            var departements = directory.AllOf(TerritoryLevel.Departement).Select(t => (FrenchText.FoldWords(t.Name), t.Code, false))
                .Where(d => !regionNames.Contains(d.Item1));
            var names = regions.Concat(departements).OrderByDescending(n => n.Item1.Length).ToList();
            var epcis = new Dictionary<string, TerritoryCode>(StringComparer.Ordinal);
            foreach (var epci in directory.AllOf(TerritoryLevel.Epci)) epcis.TryAdd(FrenchText.FoldWords(epci.Name), epci.Code);
            var communes = new Dictionary<string, List<Territory>>(StringComparer.Ordinal);
            foreach (var commune in directory.AllOf(TerritoryLevel.Commune))
            {
                var name = FrenchText.FoldWords(commune.Name);
                if (!communes.TryGetValue(name, out var list)) communes[name] = list = [];
                list.Add(commune);
            }
            return new Indexes(names, epcis, communes);
        }
    }
}

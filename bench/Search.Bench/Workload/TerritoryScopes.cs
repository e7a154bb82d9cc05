using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;

namespace Plateforme.Search.Bench.Workload;

public static class TerritoryScopes
{
    /// <summary>
    /// A scope on one perimeter of a call's path (half the time its département, a quarter its région, else its
    /// own perimeter) with the perimeters enclosing it as ancestors: a search a person there would make.
    /// </summary>
    public static TerritoryScope OnPath(IReadOnlyList<string> path, Random random)
    {
        var preferred = random.Next(4) switch { 0 or 1 => "dep:", 2 => "reg:", _ => "" };
        var index = preferred.Length == 0 ? 0 : Math.Max(0, IndexOf(path, preferred));
        if (index >= path.Count - 1) index = 0;
        return new TerritoryScope(TerritoryCode.Parse(path[index]), path.Skip(index + 1).Select(TerritoryCode.Parse).ToList());
    }

    private static int IndexOf(IReadOnlyList<string> path, string prefix)
    {
        for (var i = 0; i < path.Count; i++)
            if (path[i].StartsWith(prefix, StringComparison.Ordinal)) return i;
        return -1;
    }
}

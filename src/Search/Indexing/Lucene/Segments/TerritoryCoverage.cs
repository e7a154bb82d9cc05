using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Plateforme.Search.Reference;

namespace Plateforme.Search.Indexing.Lucene.Segments;

/// <summary>
/// What the territory facet counts, under the very rule the territory filter selects by (see
/// <c>TerritoryFilter</c>): a call counts for a territory when its perimeter lies inside it (the territory is on the
/// call's path) or encloses it (a regional call counts for every commune of the région listed). Counting only a
/// call's own perimeter made « Amiens 2 » give 9 calls once clicked. Built once per opened reader.
/// </summary>
internal sealed class TerritoryCoverage
{
    private static readonly ConditionalWeakTable<IndexReader, TerritoryCoverage> Cache = new();

    private TerritoryCoverage(IndexReader reader, GlobalOrdinals global)
    {
        var dimension = global.Of(FacetNames.Territory);
        var position = new Dictionary<string, int>(dimension.Values.Length, StringComparer.Ordinal);
        for (var ord = 0; ord < dimension.Values.Length; ord++) position.TryAdd(dimension.Values[ord], ord);

        var below = new List<int>[dimension.Values.Length];
        for (var ord = 0; ord < below.Length; ord++) below[ord] = [];
        for (var ord = 0; ord < dimension.Values.Length; ord++)
        {
            if (!TerritoryCode.TryParse(dimension.Values[ord], out var code)) continue;
            foreach (var ancestor in TerritoryDirectory.Default.AncestorsOf(code))
            {
                if (position.TryGetValue(ancestor.ToString(), out var enclosing) && enclosing != ord) below[enclosing].Add(ord);
            }
        }

        Below = Array.ConvertAll(below, list => list.ToArray());
        PathToGlobal = reader.Leaves
            .Select(leaf => Array.ConvertAll(SegmentData.For(leaf.AtomicReader).TerritoryPath.Table.Values, value => position.GetValueOrDefault(value, -1)))
            .ToArray();
        ValueCount = dimension.Values.Length;
    }

    /// <summary>Number of territory facet values (global ordinals of the territory dimension).</summary>
    public int ValueCount { get; }

    /// <summary>Per territory value, the values it encloses (a région: its départements and communes listed).</summary>
    public int[][] Below { get; }

    /// <summary>Per segment, each territory-path ordinal's global territory ordinal, or -1 when no call has it as its own.</summary>
    public int[][] PathToGlobal { get; }

    public static TerritoryCoverage For(IndexReader reader, GlobalOrdinals global)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Cache.GetValue(reader, key => new TerritoryCoverage(key, global));
    }
}

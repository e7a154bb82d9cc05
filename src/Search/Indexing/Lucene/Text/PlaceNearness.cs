using Plateforme.Search.Indexing.Lucene.Segments;

namespace Plateforme.Search.Indexing.Lucene.Text;

/// <summary>
/// How near another call's perimeter is to a given call's, read from the territory paths in the segment: the same
/// local perimeter (commune, EPCI, département), the same région, the whole country, or elsewhere.
/// </summary>
internal sealed class PlaceNearness
{
    public const int Local = 0;
    public const int Region = 1;
    public const int Country = 2;
    public const int Elsewhere = 3;

    private readonly HashSet<string> _local;
    private readonly HashSet<string> _regions;
    private readonly bool _everywhere;

    public PlaceNearness(CallDocument call)
    {
        var path = call.TerritoryPath.Append(call.Territory.Value).ToList();
        _local = path.Where(code => !IsWide(code) && !IsRegion(code)).ToHashSet(StringComparer.Ordinal);
        _regions = path.Where(IsRegion).ToHashSet(StringComparer.Ordinal);
        // A national call has no place to stay near: every call is as near as another.
        _everywhere = _local.Count == 0 && _regions.Count == 0;
    }

    public int Of(FacetOrdinals paths, int doc)
    {
        if (_everywhere) return Local;
        var best = Elsewhere;
        var onlyWide = true;
        for (var i = paths.Starts[doc]; i < paths.Starts[doc + 1]; i++)
        {
            var code = paths.Table.Values[paths.Ords[i]];
            if (_local.Contains(code)) return Local;
            if (_regions.Contains(code)) best = Region;
            if (!IsWide(code)) onlyWide = false;
        }

        return best == Elsewhere && onlyWide ? Country : best;
    }

    private static bool IsRegion(string code) => code.StartsWith("reg:", StringComparison.Ordinal);

    private static bool IsWide(string code) => code.StartsWith("nat:", StringComparison.Ordinal) || code.StartsWith("eu:", StringComparison.Ordinal);
}

using System.Buffers;
using Plateforme.Search.Analysis;
using Plateforme.Search.Indexing.Lucene.Segments;
using Plateforme.Search.Text;

namespace Plateforme.Search.Indexing.Lucene.Collecting;

/// <summary>
/// Counts facet values into one array indexed by the shared numbering of <see cref="GlobalOrdinals"/>: a call
/// matching every filter counts in all dimensions in one loop over its values; a call failing one filter
/// counts in that dimension only, from <see cref="SegmentData"/>'s ordinals. Statuses are counted from the dates, four
/// counters. Territories count under the territory filter's own rule (<see cref="TerritoryCoverage"/>), so a
/// territory's count is what selecting it gives. Arrays are rented: call <see cref="Dispose"/> when done.
/// </summary>
internal sealed class FacetCounter : IDisposable
{
    public static readonly int StatusSlot = SegmentData.ValueDimensions.Length;

    private readonly GlobalOrdinals _global;
    private readonly int[] _counts;
    private readonly int[] _statusCounts = new int[4];
    private readonly FacetOrdinals?[] _ordinals = new FacetOrdinals?[StatusSlot];
    private readonly int[]?[] _toGlobal = new int[]?[StatusSlot];
    private static readonly int TerritorySlot = SegmentData.SlotOf(FacetNames.Territory);

    private readonly TerritoryCoverage _coverage;
    private readonly int[] _territoryCounts;
    private readonly int[] _territoryStamps;
    private readonly int[] _soleTerritoryCounts;
    private bool _enclosedCounted;
    private SegmentSlots? _slots;
    private SegmentData? _segment;
    private int[] _pathToGlobal = [];
    private int _stamp;

    public FacetCounter(GlobalOrdinals global, TerritoryCoverage coverage)
    {
        _global = global;
        _coverage = coverage;
        _counts = ArrayPool<int>.Shared.Rent(Math.Max(global.TotalValues, 1));
        Array.Clear(_counts, 0, global.TotalValues);
        _territoryCounts = new int[coverage.ValueCount];
        _territoryStamps = new int[coverage.ValueCount];
        _soleTerritoryCounts = new int[coverage.ValueCount];
    }

    public static int SlotOf(string dimension)
    {
        var slot = SegmentData.SlotOf(dimension);
        return slot >= 0 ? slot : StatusSlot;
    }

    /// <summary>Moves to a segment, given by its position among the reader's leaves.</summary>
    public void SetSegment(SegmentData segment, int leaf)
    {
        _slots = _global.SegmentSlots[leaf];
        _segment = segment;
        _pathToGlobal = _coverage.PathToGlobal[leaf];
        for (var slot = 0; slot < StatusSlot; slot++)
        {
            _ordinals[slot] = segment.Values[slot];
            _toGlobal[slot] = _global.Dimensions[slot].SegmentToGlobal[leaf];
        }
    }

    public void CountAll(int doc, CallStatus status)
    {
        var slots = _slots!.Slots;
        var counts = _counts;
        var end = _slots.Starts[doc + 1];
        for (var i = _slots.Starts[doc]; i < end; i++) counts[slots[i]]++;
        _statusCounts[(int)status]++;
        CountTerritories(doc);
    }

    public void CountOne(int slot, int doc, CallStatus status)
    {
        if (slot == StatusSlot) _statusCounts[(int)status]++;
        else if (slot == TerritorySlot) CountTerritories(doc);
        else CountValues(slot, doc);
    }

    public Dictionary<string, IReadOnlyList<FacetCount>> ToFacets(int maxValues)
    {
        CountEnclosedTerritories();
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        for (var slot = 0; slot < StatusSlot; slot++)
        {
            var dimension = _global.Dimensions[slot];
            var counts = slot == TerritorySlot
                ? _territoryCounts.AsMemory()
                : _counts.AsMemory(_global.Offsets[slot], dimension.Values.Length);
            facets[SegmentData.ValueDimensions[slot]] = FacetRanking.Top(
                dimension.Values.Length, maxValues, ord => counts.Span[ord], ord => dimension.SortKeys[ord],
                ord => new FacetCount(dimension.Values[ord], dimension.Labels[ord], counts.Span[ord]));
        }

        CallStatus[] statuses = [CallStatus.Upcoming, CallStatus.Open, CallStatus.ClosingSoon, CallStatus.Closed];
        int StatusCount(int index) => statuses[index] == CallStatus.Open
            ? _statusCounts[(int)CallStatus.Open] + _statusCounts[(int)CallStatus.ClosingSoon]
            : _statusCounts[(int)statuses[index]];
        facets[FacetNames.Status] = FacetRanking.Top(
            statuses.Length, maxValues, StatusCount, index => FrenchFolding.Fold(FacetLabels.OfStatus(statuses[index])),
            index => new FacetCount(statuses[index].ToSlug(), FacetLabels.OfStatus(statuses[index]), StatusCount(index)));
        return facets;
    }

    public void Dispose() => ArrayPool<int>.Shared.Return(_counts);

    /// <summary>
    /// Counts the call once for each territory it lies in or encloses; stamps keep a territory from counting it twice.
    /// A call of one perimeter only counts that perimeter here: what it encloses is added once per perimeter at the end
    /// (<see cref="CountEnclosedTerritories"/>), because a national call encloses every territory of the index and
    /// marking them call by call made broad searches slow. Its path (the perimeter and what encloses it) and what the
    /// perimeter encloses never overlap, so nothing is counted twice.
    /// </summary>
    private void CountTerritories(int doc)
    {
        var stamp = ++_stamp;
        var path = _segment!.TerritoryPath;
        for (var i = path.Starts[doc]; i < path.Starts[doc + 1]; i++) Mark(_pathToGlobal[path.Ords[i]], stamp);

        var own = _ordinals[TerritorySlot]!;
        var toGlobal = _toGlobal[TerritorySlot]!;
        var start = own.Starts[doc];
        var end = own.Starts[doc + 1];
        if (end - start == 1)
        {
            _soleTerritoryCounts[toGlobal[own.Ords[start]]]++;
            return;
        }

        for (var i = start; i < end; i++)
        {
            foreach (var enclosed in _coverage.Below[toGlobal[own.Ords[i]]]) Mark(enclosed, stamp);
        }
    }

    private void CountEnclosedTerritories()
    {
        if (_enclosedCounted) return;
        _enclosedCounted = true;
        for (var perimeter = 0; perimeter < _soleTerritoryCounts.Length; perimeter++)
        {
            var calls = _soleTerritoryCounts[perimeter];
            if (calls == 0) continue;
            foreach (var enclosed in _coverage.Below[perimeter]) _territoryCounts[enclosed] += calls;
        }
    }

    private void Mark(int territory, int stamp)
    {
        if (territory < 0 || _territoryStamps[territory] == stamp) return;
        _territoryStamps[territory] = stamp;
        _territoryCounts[territory]++;
    }

    private void CountValues(int slot, int doc)
    {
        var ordinals = _ordinals[slot]!;
        var toGlobal = _toGlobal[slot]!;
        var offset = _global.Offsets[slot];
        var ords = ordinals.Ords;
        var end = ordinals.Starts[doc + 1];
        for (var i = ordinals.Starts[doc]; i < end; i++) _counts[offset + toGlobal[ords[i]]]++;
    }
}

using System.Buffers;
using Plateforme.Search.Analysis;
using Plateforme.Search.Indexing.Lucene.Segments;

namespace Plateforme.Search.Indexing.Lucene.Collecting;

/// <summary>
/// Counts facet values into one array per dimension indexed by global ordinal (see <see cref="GlobalOrdinals"/>),
/// reading each document's ordinals from <see cref="SegmentData"/>. Statuses are counted from the dates, four
/// counters. Arrays are rented: call <see cref="Dispose"/> when done.
/// </summary>
internal sealed class FacetCounter : IDisposable
{
    public static readonly int StatusSlot = SegmentData.ValueDimensions.Length;

    private readonly GlobalOrdinals _global;
    private readonly int[][] _counts;
    private readonly int[] _statusCounts = new int[4];
    private readonly FacetOrdinals?[] _ordinals = new FacetOrdinals?[StatusSlot];
    private readonly int[]?[] _toGlobal = new int[]?[StatusSlot];

    public FacetCounter(GlobalOrdinals global)
    {
        _global = global;
        _counts = new int[StatusSlot][];
        for (var slot = 0; slot < StatusSlot; slot++)
        {
            var size = global.Dimensions[slot].Values.Length;
            _counts[slot] = ArrayPool<int>.Shared.Rent(Math.Max(size, 1));
            Array.Clear(_counts[slot], 0, size);
        }
    }

    public static int SlotOf(string dimension)
    {
        var slot = SegmentData.SlotOf(dimension);
        return slot >= 0 ? slot : StatusSlot;
    }

    /// <summary>Moves to a segment, given by its position among the reader's leaves.</summary>
    public void SetSegment(SegmentData segment, int leaf)
    {
        for (var slot = 0; slot < StatusSlot; slot++)
        {
            _ordinals[slot] = segment.Values[slot];
            _toGlobal[slot] = _global.Dimensions[slot].SegmentToGlobal[leaf];
        }
    }

    public void CountAll(int doc, CallStatus status)
    {
        for (var slot = 0; slot < StatusSlot; slot++) CountValues(slot, doc);
        _statusCounts[(int)status]++;
    }

    public void CountOne(int slot, int doc, CallStatus status)
    {
        if (slot == StatusSlot) _statusCounts[(int)status]++;
        else CountValues(slot, doc);
    }

    public Dictionary<string, IReadOnlyList<FacetCount>> ToFacets(int maxValues)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        for (var slot = 0; slot < StatusSlot; slot++)
        {
            var dimension = _global.Dimensions[slot];
            var counts = _counts[slot];
            facets[SegmentData.ValueDimensions[slot]] = FacetRanking.Top(
                dimension.Values.Length, maxValues, ord => counts[ord], ord => dimension.SortKeys[ord],
                ord => new FacetCount(dimension.Values[ord], dimension.Labels[ord], counts[ord]));
        }

        CallStatus[] statuses = [CallStatus.Upcoming, CallStatus.Open, CallStatus.ClosingSoon, CallStatus.Closed];
        int StatusCount(int index) => statuses[index] == CallStatus.Open
            ? _statusCounts[(int)CallStatus.Open] + _statusCounts[(int)CallStatus.ClosingSoon]
            : _statusCounts[(int)statuses[index]];
        facets[FacetNames.Status] = FacetRanking.Top(
            statuses.Length, maxValues, StatusCount, index => TextFolding.Fold(FacetLabels.OfStatus(statuses[index])),
            index => new FacetCount(statuses[index].ToSlug(), FacetLabels.OfStatus(statuses[index]), StatusCount(index)));
        return facets;
    }

    public void Dispose()
    {
        foreach (var counts in _counts) ArrayPool<int>.Shared.Return(counts);
    }

    private void CountValues(int slot, int doc)
    {
        var ordinals = _ordinals[slot]!;
        var toGlobal = _toGlobal[slot]!;
        var counts = _counts[slot];
        var ords = ordinals.Ords;
        var end = ordinals.Starts[doc + 1];
        for (var i = ordinals.Starts[doc]; i < end; i++) counts[toGlobal[ords[i]]]++;
    }
}

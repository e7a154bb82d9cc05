using System.Buffers;
using Plateforme.Search.Analysis;
using Plateforme.Search.Indexing.Lucene.Segments;
using Plateforme.Search.Text;

namespace Plateforme.Search.Indexing.Lucene.Collecting;

/// <summary>
/// Counts facet values into one array indexed by the shared numbering of <see cref="GlobalOrdinals"/>: a call
/// matching every filter counts in all dimensions in one loop over its values; a call failing one filter
/// counts in that dimension only, from <see cref="SegmentData"/>'s ordinals. Statuses are counted from the dates, four
/// counters. Arrays are rented: call <see cref="Dispose"/> when done.
/// </summary>
internal sealed class FacetCounter : IDisposable
{
    public static readonly int StatusSlot = SegmentData.ValueDimensions.Length;

    private readonly GlobalOrdinals _global;
    private readonly int[] _counts;
    private readonly int[] _statusCounts = new int[4];
    private readonly FacetOrdinals?[] _ordinals = new FacetOrdinals?[StatusSlot];
    private readonly int[]?[] _toGlobal = new int[]?[StatusSlot];
    private SegmentSlots? _slots;

    public FacetCounter(GlobalOrdinals global)
    {
        _global = global;
        _counts = ArrayPool<int>.Shared.Rent(Math.Max(global.TotalValues, 1));
        Array.Clear(_counts, 0, global.TotalValues);
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
            var counts = _counts.AsMemory(_global.Offsets[slot], dimension.Values.Length);
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

using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Plateforme.Search.Indexing.Lucene.Segments;

/// <summary>
/// For one opened reader, every facet dimension's values across all segments, numbered once, and for each
/// segment the global number of each of its ordinals. All dimensions share one numbering (dimension d's
/// values start at <see cref="Offsets"/>[d]), and each segment lists every document's values in it
/// (<see cref="SegmentSlots"/>): counting a call in every facet is one short loop over one array, and only the
/// values shown are ever turned into objects. Built when a searcher opens (see SimilaritySearcherFactory) and
/// kept as long as that reader lives.
/// </summary>
internal sealed class GlobalOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, GlobalOrdinals> Cache = new();

    private GlobalOrdinals(IndexReader reader)
    {
        var segments = reader.Leaves.Select(leaf => SegmentData.For(leaf.AtomicReader)).ToArray();
        Dimensions = new DimensionOrdinals[SegmentData.ValueDimensions.Length];
        Offsets = new int[Dimensions.Length];
        for (var slot = 0; slot < Dimensions.Length; slot++)
        {
            Dimensions[slot] = new DimensionOrdinals(segments.Select(segment => segment.Values[slot].Table).ToArray());
            Offsets[slot] = TotalValues;
            TotalValues += Dimensions[slot].Values.Length;
        }

        SegmentSlots = new SegmentSlots[segments.Length];
        for (var leaf = 0; leaf < segments.Length; leaf++) SegmentSlots[leaf] = Flatten(segments[leaf], leaf);
    }

    /// <summary>Indexed like <see cref="SegmentData.ValueDimensions"/>.</summary>
    public DimensionOrdinals[] Dimensions { get; }

    /// <summary>Where each dimension's values start in the shared numbering.</summary>
    public int[] Offsets { get; }

    public int TotalValues { get; }

    /// <summary>Per segment (by position among the reader's leaves), every document's values in the shared numbering.</summary>
    public SegmentSlots[] SegmentSlots { get; }

    public static GlobalOrdinals For(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Cache.GetValue(reader, key => new GlobalOrdinals(key));
    }

    public DimensionOrdinals Of(string dimension) => Dimensions[SegmentData.SlotOf(dimension)];

    private SegmentSlots Flatten(SegmentData segment, int leaf)
    {
        var starts = new int[segment.MaxDoc + 1];
        var slots = new int[segment.Values.Sum(values => values.Ords.Length)];
        var next = 0;
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            starts[doc] = next;
            for (var dimension = 0; dimension < Dimensions.Length; dimension++)
            {
                var values = segment.Values[dimension];
                var toGlobal = Dimensions[dimension].SegmentToGlobal[leaf];
                for (var i = values.Starts[doc]; i < values.Starts[doc + 1]; i++) slots[next++] = Offsets[dimension] + toGlobal[values.Ords[i]];
            }
        }

        starts[segment.MaxDoc] = next;
        return new SegmentSlots(starts, slots);
    }
}

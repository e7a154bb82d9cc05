using Lucene.Net.Util;
using Plateforme.Search.Indexing.Lucene.Segments;

namespace Plateforme.Search.Indexing.Lucene.Filtering;

/// <summary>
/// The second tier of a search filtered on whom a call is for (beneficiary, public): calls that, in each such
/// dimension, either match or state nothing, and state nothing in at least one. A call that matches every one
/// belongs to the first tier; a call naming only other publics belongs to neither.
/// </summary>
internal sealed class UnstatedFilter : DimensionFilter
{
    /// <summary>The dimensions whose silence a call may be forgiven.</summary>
    public static readonly string[] WhoDimensions = [FacetNames.Beneficiary, FacetNames.Public];

    private readonly ValuesFilter[] _who;

    private UnstatedFilter(ValuesFilter[] who)
        : base("unstated")
    {
        _who = who;
    }

    /// <summary>Swaps the beneficiary and public filters of a search for this one (nothing to swap, nothing changes).</summary>
    public static void Replace(List<DimensionFilter> dimensions)
    {
        var who = dimensions.OfType<ValuesFilter>().Where(f => WhoDimensions.Contains(f.Dimension)).ToArray();
        if (who.Length == 0) return;
        dimensions.RemoveAll(d => who.Contains(d));
        dimensions.Add(new UnstatedFilter(who));
    }

    public override ISegmentMatcher ForSegment(SegmentData segment) => new Matcher(Selections(segment));

    public override void Mark(SegmentData segment, int today, FixedBitSet bits)
    {
        var matcher = new Matcher(Selections(segment));
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (matcher.Matches(doc, CallStatus.Open)) bits.Set(doc);
        }
    }

    private (FacetOrdinals Ordinals, int[] Selected)[] Selections(SegmentData segment) =>
        [.. _who.Select(filter => (segment.ValuesOf(filter.Dimension), segment.ValuesOf(filter.Dimension).Table.Select(filter.Values)))];

    private sealed class Matcher((FacetOrdinals Ordinals, int[] Selected)[] who) : ISegmentMatcher
    {
        public bool Matches(int doc, CallStatus status)
        {
            var silent = false;
            foreach (var (ordinals, selected) in who)
            {
                if (ordinals.Starts[doc] == ordinals.Starts[doc + 1]) silent = true;
                else if (!ordinals.HasAny(doc, selected)) return false;
            }

            return silent;
        }
    }
}

using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Plateforme.Search.Indexing.Lucene.Segments;

/// <summary>
/// Everything filters, facets and sorts read per document, copied once from a segment's doc values into
/// plain arrays. A segment never changes (deletions aside, which Lucene applies itself), so the copy lives
/// as long as the segment's core and every search after the first reads arrays instead of codecs.
/// </summary>
internal sealed class SegmentData
{
    /// <summary>Dimensions read from facet doc values, in this order; the status dimension comes from the dates.</summary>
    public static readonly string[] ValueDimensions =
        [FacetNames.Beneficiary, FacetNames.Theme, FacetNames.AidType, FacetNames.Funder, FacetNames.Territory, FacetNames.Recurrence, FacetNames.Public, FacetNames.Destination, FacetNames.Programme];

    private static readonly ConditionalWeakTable<object, SegmentData> Cache = new();

    private SegmentData(AtomicReader reader)
    {
        MaxDoc = reader.MaxDoc;
        OpensOn = ReadDays(reader, CallFields.OpensOn, CallFields.NoOpeningDay);
        Deadline = ReadDays(reader, CallFields.Deadline, CallFields.NoDeadlineDay);
        PublishedAt = ReadLongs(reader, CallFields.PublishedAt, 0);
        IdOrder = ReadLongs(reader, CallFields.IdOrder, 0);
        MinAmount = ReadLongs(reader, CallFields.MinAmount, CallFields.NoMinAmount);
        MaxAmount = ReadLongs(reader, CallFields.MaxAmount, CallFields.NoMaxAmount);
        Values = new FacetOrdinals[ValueDimensions.Length];
        for (var slot = 0; slot < ValueDimensions.Length; slot++)
        {
            Values[slot] = FacetOrdinals.Read(reader.GetSortedSetDocValues(CallFields.FacetField(ValueDimensions[slot])), MaxDoc);
        }

        TerritoryPath = FacetOrdinals.Read(reader.GetSortedSetDocValues(CallFields.TerritoryPath), MaxDoc);
    }

    public int MaxDoc { get; }
    public int[] OpensOn { get; }
    public int[] Deadline { get; }
    public long[] PublishedAt { get; }
    public long[] IdOrder { get; }
    public long[] MinAmount { get; }
    public long[] MaxAmount { get; }

    /// <summary>Facet ordinals per value dimension, indexed like <see cref="ValueDimensions"/>.</summary>
    public FacetOrdinals[] Values { get; }

    public FacetOrdinals TerritoryPath { get; }

    public static SegmentData For(AtomicReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Cache.GetValue(reader.CoreCacheKey, _ => new SegmentData(reader));
    }

    public static int SlotOf(string dimension) => Array.IndexOf(ValueDimensions, dimension);

    public FacetOrdinals ValuesOf(string dimension) => Values[SlotOf(dimension)];

    public CallStatus StatusOf(int doc, int today) => CallDays.StatusOn(today, OpensOn[doc], Deadline[doc]);

    private static int[] ReadDays(AtomicReader reader, string field, int missing)
    {
        var values = new int[reader.MaxDoc];
        var docValues = reader.GetNumericDocValues(field);
        for (var doc = 0; doc < values.Length; doc++) values[doc] = docValues is null ? missing : (int)docValues.Get(doc);
        return values;
    }

    private static long[] ReadLongs(AtomicReader reader, string field, long missing)
    {
        var values = new long[reader.MaxDoc];
        var docValues = reader.GetNumericDocValues(field);
        for (var doc = 0; doc < values.Length; doc++) values[doc] = docValues is null ? missing : docValues.Get(doc);
        return values;
    }
}

using System.Globalization;
using Lucene.Net.Index;

namespace Plateforme.Search.Indexing.Lucene.Collecting;

/// <summary>
/// Counts facet values per segment on ordinals of the facet doc values, then adds each segment's
/// non-zero counts to totals keyed by value. Statuses are counted from the dates, four counters.
/// </summary>
internal sealed class FacetCounter
{
    /// <summary>Dimensions counted from doc values; the status dimension comes after them.</summary>
    private static readonly string[] ValueDimensions =
        [FacetNames.Beneficiary, FacetNames.Theme, FacetNames.AidType, FacetNames.Funder, FacetNames.Territory, FacetNames.Recurrence];

    private static readonly StringComparer LabelOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);

    public static readonly int StatusSlot = ValueDimensions.Length;

    private readonly Dictionary<string, FacetTotal>[] _totals = new Dictionary<string, FacetTotal>[ValueDimensions.Length];
    private readonly int[] _statusCounts = new int[4];
    private readonly SortedSetDocValues?[] _docValues = new SortedSetDocValues?[ValueDimensions.Length];
    private readonly FacetValueTable?[] _tables = new FacetValueTable?[ValueDimensions.Length];
    private readonly int[]?[] _counts = new int[]?[ValueDimensions.Length];

    public FacetCounter()
    {
        for (var slot = 0; slot < _totals.Length; slot++) _totals[slot] = new Dictionary<string, FacetTotal>(StringComparer.Ordinal);
    }

    public static int SlotOf(string dimension)
    {
        var slot = Array.IndexOf(ValueDimensions, dimension);
        return slot >= 0 ? slot : StatusSlot;
    }

    public void SetSegment(AtomicReader reader)
    {
        Flush();
        for (var slot = 0; slot < ValueDimensions.Length; slot++)
        {
            var field = CallFields.FacetField(ValueDimensions[slot]);
            var docValues = reader.GetSortedSetDocValues(field);
            _docValues[slot] = docValues;
            _tables[slot] = docValues is null ? null : FacetValueTable.For(reader, field, docValues);
            _counts[slot] = docValues is null ? null : new int[docValues.ValueCount];
        }
    }

    public void CountAll(int doc, CallStatus status)
    {
        for (var slot = 0; slot < ValueDimensions.Length; slot++) CountValues(slot, doc);
        CountStatus(status);
    }

    public void CountOne(int slot, int doc, CallStatus status)
    {
        if (slot == StatusSlot) CountStatus(status);
        else CountValues(slot, doc);
    }

    /// <summary>Adds the current segment's counts to the totals; call once more after the last segment.</summary>
    public void Flush()
    {
        for (var slot = 0; slot < ValueDimensions.Length; slot++)
        {
            if (_counts[slot] is not { } counts || _tables[slot] is not { } table) continue;
            var totals = _totals[slot];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                var value = table.Values[ord];
                if (totals.TryGetValue(value, out var total)) total.Count += counts[ord];
                else totals[value] = new FacetTotal(table.Labels[ord]) { Count = counts[ord] };
            }

            _counts[slot] = null;
        }
    }

    public Dictionary<string, IReadOnlyList<FacetCount>> ToFacets(int maxValues)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        for (var slot = 0; slot < ValueDimensions.Length; slot++)
        {
            var counts = _totals[slot].Select(pair => new FacetCount(pair.Key, pair.Value.Label, pair.Value.Count));
            facets[ValueDimensions[slot]] = Order(counts, maxValues);
        }

        FacetCount[] statuses =
        [
            StatusCount(CallStatus.Upcoming, _statusCounts[(int)CallStatus.Upcoming]),
            StatusCount(CallStatus.Open, _statusCounts[(int)CallStatus.Open] + _statusCounts[(int)CallStatus.ClosingSoon]),
            StatusCount(CallStatus.ClosingSoon, _statusCounts[(int)CallStatus.ClosingSoon]),
            StatusCount(CallStatus.Closed, _statusCounts[(int)CallStatus.Closed]),
        ];
        facets[FacetNames.Status] = Order(statuses, maxValues);
        return facets;
    }

    private static FacetCount StatusCount(CallStatus status, int count) => new(status.ToSlug(), FacetLabels.OfStatus(status), count);

    private static FacetCount[] Order(IEnumerable<FacetCount> counts, int maxValues) =>
        counts.Where(count => count.Count > 0)
            .OrderByDescending(count => count.Count)
            .ThenBy(count => count.Label, LabelOrder)
            .ThenBy(count => count.Value, StringComparer.Ordinal)
            .Take(maxValues)
            .ToArray();

    private void CountValues(int slot, int doc)
    {
        if (_docValues[slot] is not { } docValues) return;
        var counts = _counts[slot]!;
        docValues.SetDocument(doc);
        long ord;
        while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) counts[ord]++;
    }

    private void CountStatus(CallStatus status) => _statusCounts[(int)status]++;

    private sealed class FacetTotal(string label)
    {
        public string Label { get; } = label;
        public int Count { get; set; }
    }
}

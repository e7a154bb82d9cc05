using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Plateforme.Search.Analysis;

namespace Plateforme.Search.Indexing.Lucene;

/// <summary>
/// The values and labels behind the ordinals of one facet field in one segment. Segments never change,
/// so a table is read once per segment and kept as long as the segment lives.
/// </summary>
internal sealed class FacetValueTable
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, FacetValueTable>> Cache = new();

    private readonly Dictionary<string, List<int>> _ordinalsByValue;
    private string[][]? _labelWords;

    private FacetValueTable(string[] values, string[] labels)
    {
        Values = values;
        Labels = labels;
        _ordinalsByValue = new Dictionary<string, List<int>>(values.Length, StringComparer.Ordinal);
        for (var ord = 0; ord < values.Length; ord++)
        {
            if (!_ordinalsByValue.TryGetValue(values[ord], out var ordinals))
            {
                ordinals = [];
                _ordinalsByValue[values[ord]] = ordinals;
            }

            ordinals.Add(ord);
        }
    }

    public string[] Values { get; }
    public string[] Labels { get; }

    /// <summary>Each label's words, lower-case and accent-free, for autocomplete; computed on first use.</summary>
    public string[][] LabelWords => _labelWords ??= Labels.Select(TextFolding.FoldedWords).ToArray();

    public static FacetValueTable For(AtomicReader reader, string field, SortedSetDocValues values)
    {
        var tables = Cache.GetValue(reader.CoreCacheKey, _ => new Dictionary<string, FacetValueTable>(StringComparer.Ordinal));
        lock (tables)
        {
            if (!tables.TryGetValue(field, out var table))
            {
                table = Load(values);
                tables[field] = table;
            }

            return table;
        }
    }

    /// <summary>Marks the ordinals of the given values (a value may appear under two labels after a rename).</summary>
    public bool[] Select(IEnumerable<string> values)
    {
        var selected = new bool[Values.Length];
        foreach (var value in values)
        {
            if (!_ordinalsByValue.TryGetValue(value, out var ordinals)) continue;
            foreach (var ord in ordinals) selected[ord] = true;
        }

        return selected;
    }

    private static FacetValueTable Load(SortedSetDocValues docValues)
    {
        var count = checked((int)docValues.ValueCount);
        var values = new string[count];
        var labels = new string[count];
        var bytes = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            docValues.LookupOrd(ord, bytes);
            var text = Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length);
            var separator = text.IndexOf(CallFields.LabelSeparator, StringComparison.Ordinal);
            values[ord] = separator < 0 ? text : text[..separator];
            labels[ord] = separator < 0 ? text : text[(separator + 1)..];
        }

        return new FacetValueTable(values, labels);
    }
}

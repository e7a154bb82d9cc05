using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Plateforme.Search.Analysis;
using Plateforme.Search.Text;

namespace Plateforme.Search.Indexing.Lucene.Segments;

/// <summary>
/// The values and labels behind the ordinals of one facet field in one segment (see <see cref="SegmentData"/>).
/// </summary>
internal sealed class FacetValueTable
{
    private readonly Dictionary<string, List<int>> _ordinalsByValue;

    private FacetValueTable(string[] values, string[] labels)
    {
        Values = values;
        Labels = labels;
        SortKeys = Array.ConvertAll(labels, label => FrenchFolding.Fold(label));
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

    public static FacetValueTable Empty { get; } = new([], []);

    public string[] Values { get; }
    public string[] Labels { get; }

    /// <summary>Lower-case, accent-free labels: ordinal order on them is the alphabetical order a reader expects.</summary>
    public string[] SortKeys { get; }


    /// <summary>The ordinals of the given values, sorted (a value may appear under two labels after a rename).</summary>
    public int[] Select(IEnumerable<string> values)
    {
        var selected = new List<int>();
        foreach (var value in values)
        {
            if (_ordinalsByValue.TryGetValue(value, out var ordinals)) selected.AddRange(ordinals);
        }

        selected.Sort();
        return [.. selected];
    }

    public static FacetValueTable Load(SortedSetDocValues docValues)
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

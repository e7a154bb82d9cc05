using Plateforme.Search.Analysis;
using Plateforme.Search.Text;

namespace Plateforme.Search.Indexing.Lucene.Segments;

/// <summary>The values of one dimension over all segments, and each segment's ordinal → global ordinal map.</summary>
internal sealed class DimensionOrdinals
{
    private string[][]? _labelWords;

    public DimensionOrdinals(FacetValueTable[] segmentTables)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<string>();
        var labels = new List<string>();
        var sortKeys = new List<string>();
        SegmentToGlobal = new int[segmentTables.Length][];
        for (var segment = 0; segment < segmentTables.Length; segment++)
        {
            var table = segmentTables[segment];
            var map = new int[table.Values.Length];
            for (var ord = 0; ord < map.Length; ord++)
            {
                // A value renamed between two segments keeps the label met first.
                if (!index.TryGetValue(table.Values[ord], out var global))
                {
                    global = values.Count;
                    index[table.Values[ord]] = global;
                    values.Add(table.Values[ord]);
                    labels.Add(table.Labels[ord]);
                    sortKeys.Add(table.SortKeys[ord]);
                }

                map[ord] = global;
            }

            SegmentToGlobal[segment] = map;
        }

        Values = [.. values];
        Labels = [.. labels];
        SortKeys = [.. sortKeys];
    }

    public string[] Values { get; }
    public string[] Labels { get; }

    /// <summary>Lower-case, accent-free labels: ordinal order on them is the alphabetical order a reader expects.</summary>
    public string[] SortKeys { get; }

    /// <summary>Indexed by the segment's position among the reader's leaves.</summary>
    public int[][] SegmentToGlobal { get; }

    /// <summary>Each label's folded words, for autocomplete; computed on first use.</summary>
    public string[][] LabelWords => _labelWords ??= Array.ConvertAll(Labels, FrenchFolding.Words);
}

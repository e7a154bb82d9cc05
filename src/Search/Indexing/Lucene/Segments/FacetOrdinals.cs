using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Plateforme.Search.Indexing.Lucene.Segments;

/// <summary>
/// The ordinals of one multi-valued field for every document of a segment, in flat arrays: the ordinals
/// of document d are <c>Ords[Starts[d]..Starts[d + 1]]</c>. The inverse (documents per ordinal) is built
/// on first use, for filters that mark their documents without visiting every one.
/// </summary>
internal sealed class FacetOrdinals
{
    private readonly Lock _invertLock = new();
    private int[][]? _documents;

    private FacetOrdinals(int[] starts, int[] ords, FacetValueTable table)
    {
        Starts = starts;
        Ords = ords;
        Table = table;
    }

    public int[] Starts { get; }
    public int[] Ords { get; }
    public FacetValueTable Table { get; }

    public static FacetOrdinals Read(SortedSetDocValues? docValues, int maxDoc)
    {
        if (docValues is null) return new FacetOrdinals(new int[maxDoc + 1], [], FacetValueTable.Empty);
        var starts = new int[maxDoc + 1];
        var ords = new List<int>(maxDoc * 2);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ords.Count;
            docValues.SetDocument(doc);
            long ord;
            while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ords.Add((int)ord);
        }

        starts[maxDoc] = ords.Count;
        return new FacetOrdinals(starts, [.. ords], FacetValueTable.Load(docValues));
    }

    /// <summary>Whether the document has any of the selected ordinals (a short sorted list).</summary>
    public bool HasAny(int doc, int[] selected)
    {
        if (selected.Length == 0) return false;
        var end = Starts[doc + 1];
        for (var i = Starts[doc]; i < end; i++)
        {
            if (Array.BinarySearch(selected, Ords[i]) >= 0) return true;
        }

        return false;
    }

    /// <summary>Sets the bit of every document having one of the selected ordinals.</summary>
    public void MarkDocuments(int[] selected, FixedBitSet bits)
    {
        var inverted = Documents();
        var starts = inverted[0];
        var docs = inverted[1];
        foreach (var ord in selected)
        {
            for (var i = starts[ord]; i < starts[ord + 1]; i++) bits.Set(docs[i]);
        }
    }

    /// <summary>[0]: where each ordinal's documents start in [1], the documents themselves.</summary>
    private int[][] Documents()
    {
        if (Volatile.Read(ref _documents) is { } built) return built;
        lock (_invertLock)
        {
            if (_documents is null) Volatile.Write(ref _documents, Invert());
            return _documents!;
        }
    }

    private int[][] Invert()
    {
        var counts = new int[Table.Values.Length + 1];
        foreach (var ord in Ords) counts[ord + 1]++;
        for (var ord = 1; ord < counts.Length; ord++) counts[ord] += counts[ord - 1];
        var docs = new int[Ords.Length];
        var next = (int[])counts.Clone();
        for (var doc = 0; doc + 1 < Starts.Length; doc++)
        {
            for (var i = Starts[doc]; i < Starts[doc + 1]; i++) docs[next[Ords[i]]++] = doc;
        }

        return [counts, docs];
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Plateforme.Search.Indexing.Lucene.Text;

/// <summary>
/// Tells, for the hits of a page, whether the query's words occur in their summary and in their description,
/// from the index's term frequencies: the description has a word when the field holding all the text counts
/// more of it than the title, the labels and the summary together. Snippets then analyse only a text that
/// holds a match, instead of every description of the page.
/// </summary>
internal static class MatchLocator
{
    private static readonly string[] Fields = [CallFields.Title, CallFields.Labels, CallFields.Summary, CallFields.All];

    public static TextMatches[] Locate(IndexReader reader, IReadOnlyList<int> docs, IReadOnlyCollection<string> terms)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var matches = new TextMatches[docs.Count];
        var leaves = reader.Leaves;
        foreach (var group in Enumerable.Range(0, docs.Count).GroupBy(index => ReaderUtil.SubIndex(docs[index], leaves)))
        {
            var leaf = leaves[group.Key];
            var ordered = group.OrderBy(index => docs[index]).ToArray();
            var freqs = new int[ordered.Length, Fields.Length];
            foreach (var term in terms)
            {
                for (var field = 0; field < Fields.Length; field++) CountTerm(leaf, Fields[field], term, docs, ordered, freqs, field);

                for (var i = 0; i < ordered.Length; i++)
                {
                    var inSummary = freqs[i, 2] > 0;
                    var inDescription = freqs[i, 3] > freqs[i, 0] + freqs[i, 1] + freqs[i, 2];
                    var previous = matches[ordered[i]];
                    matches[ordered[i]] = new TextMatches(previous.InSummary || inSummary, previous.InDescription || inDescription);
                    for (var field = 0; field < Fields.Length; field++) freqs[i, field] = 0;
                }
            }
        }

        return matches;
    }

    private static void CountTerm(AtomicReaderContext leaf, string field, string term, IReadOnlyList<int> docs, int[] ordered, int[,] freqs, int column)
    {
        var termsEnum = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
        if (termsEnum is null || !termsEnum.SeekExact(new BytesRef(term))) return;
        var postings = termsEnum.Docs(null, null, DocsFlags.FREQS);
        for (var i = 0; i < ordered.Length; i++)
        {
            var local = docs[ordered[i]] - leaf.DocBase;
            var current = postings.DocID < local ? postings.Advance(local) : postings.DocID;
            if (current == DocIdSetIterator.NO_MORE_DOCS) return;
            if (current == local) freqs[i, column] = postings.Freq;
        }
    }
}

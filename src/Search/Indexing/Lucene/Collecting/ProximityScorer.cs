using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Plateforme.Search.Indexing.Lucene.Collecting;

/// <summary>
/// A bonus for calls having all the query's words close together in the title or the labels:
/// "Fondation de France" then ranks the foundation's calls above a "fonds" that happens to be "en France".
/// Computed from positions for the few rescored hits only: a phrase query would look for a phrase in every
/// call holding the words, which costs more than the whole search when the words are common.
/// </summary>
internal sealed class ProximityScorer
{
    /// <summary>Words of a proximity bonus at most: beyond, the bonus costs more than it tells.</summary>
    public const int MaxTerms = 6;

    /// <summary>
    /// Positions the words may spread over beyond their own number. One extra position (a stop word, as in
    /// "Fondation de France") costs nothing; more divide the bonus.
    /// </summary>
    private const int MaxSlack = 3;

    private static readonly WeightedField[] Fields = [new(CallFields.Title, 12f), new(CallFields.Labels, 8f)];

    private readonly string[] _terms;

    private ProximityScorer(string[] terms) => _terms = terms;

    /// <summary>For two to <see cref="MaxTerms"/> distinct words, null otherwise.</summary>
    public static ProximityScorer? For(IReadOnlyList<string> terms)
    {
        var distinct = terms.Distinct(StringComparer.Ordinal).ToArray();
        return distinct.Length is >= 2 and <= MaxTerms ? new ProximityScorer(distinct) : null;
    }

    /// <summary>Adds the bonus of each hit (top-level document numbers, any order) to <paramref name="scores"/>.</summary>
    public void AddTo(IndexReader reader, IReadOnlyList<int> docs, float[] scores)
    {
        var numDocs = Math.Max(reader.NumDocs, 1);
        foreach (var field in Fields)
        {
            var weight = field.Boost * _terms.Sum(term => Idf(reader.DocFreq(new Term(field.Name, term)), numDocs));
            var order = Enumerable.Range(0, docs.Count).OrderBy(index => docs[index]).ToArray();
            var leafIndex = -1;
            var positions = new DocsAndPositionsEnum?[_terms.Length];
            foreach (var index in order)
            {
                var doc = docs[index];
                var leaves = reader.Leaves;
                if (leafIndex < 0 || (leafIndex + 1 < leaves.Count && leaves[leafIndex + 1].DocBase <= doc))
                {
                    while (leafIndex + 1 < leaves.Count && leaves[leafIndex + 1].DocBase <= doc) leafIndex++;
                    Position(leaves[leafIndex].AtomicReader, field.Name, positions);
                }

                var slack = Slack(positions, doc - leaves[leafIndex].DocBase);
                if (slack <= MaxSlack) scores[index] += slack <= 1 ? weight : weight / slack;
            }
        }
    }

    /// <summary>Points each word's positions at the segment, reusing the enumerators of the previous segment.</summary>
    private void Position(AtomicReader segment, string field, DocsAndPositionsEnum?[] positions)
    {
        var terms = segment.GetTerms(field)?.GetEnumerator();
        for (var i = 0; i < _terms.Length; i++)
        {
            positions[i] = terms is not null && terms.SeekExact(new BytesRef(_terms[i]))
                ? terms.DocsAndPositions(segment.LiveDocs, positions[i], DocsAndPositionsFlags.NONE)
                : null;
        }
    }

    private static float Idf(int docFreq, int numDocs) => (float)Math.Log(1 + ((numDocs - docFreq + 0.5) / (docFreq + 0.5)));

    /// <summary>How many more positions than words the smallest stretch holding every word spans; int.MaxValue when a word is missing.</summary>
    private int Slack(DocsAndPositionsEnum?[] positions, int doc)
    {
        var occurrences = new List<(int Position, int Term)>();
        for (var term = 0; term < positions.Length; term++)
        {
            var enumerator = positions[term];
            if (enumerator is null) return int.MaxValue;
            var current = enumerator.DocID < doc ? enumerator.Advance(doc) : enumerator.DocID;
            if (current != doc) return int.MaxValue;
            for (var i = 0; i < enumerator.Freq; i++) occurrences.Add((enumerator.NextPosition(), term));
        }

        occurrences.Sort();
        var seen = new int[_terms.Length];
        var covered = 0;
        var best = int.MaxValue;
        var start = 0;
        foreach (var (position, term) in occurrences)
        {
            if (seen[term]++ == 0) covered++;
            while (covered == _terms.Length)
            {
                best = Math.Min(best, position - occurrences[start].Position - (_terms.Length - 1));
                if (--seen[occurrences[start].Term] == 0) covered--;
                start++;
            }
        }

        return best;
    }
}

using Lucene.Net.Search;
using Plateforme.Search.Indexing.Lucene.Querying;

namespace Plateforme.Search.Indexing.Lucene.Collecting;

/// <summary>
/// Scores the best hits again, field by field and with a proximity bonus, then sorts them again. Matching
/// scores every call on one field holding all the text; weighing title, labels and summary apart, and
/// proximity, would cost more than the whole search if done for every call, and only the order at the top
/// is read. Hits past the window keep their first order, after the window.
/// </summary>
internal static class WindowRescorer
{
    /// <summary>Hits rescored, whatever the page.</summary>
    public const int Window = 100;

    public static HitCandidate[] Rescore(IndexSearcher searcher, HitCandidate[] hits, Query scoring, ProximityScorer? proximity)
    {
        var size = Math.Min(hits.Length, Window);
        if (size == 0) return hits;
        var scores = new float[size];
        Add(searcher, hits, size, scoring, scores);
        proximity?.AddTo(searcher.IndexReader, hits.Take(size).Select(hit => hit.Doc).ToArray(), scores);

        var rescored = (HitCandidate[])hits.Clone();
        for (var i = 0; i < size; i++)
        {
            // The first score, on all the text, counts like a field matched besides the best one.
            var first = hits[i].Factor > 0 ? hits[i].Score / hits[i].Factor : 0;
            rescored[i] = rescored[i] with { Score = (scores[i] + (TextQueryBuilder.TieBreaker * first)) * rescored[i].Factor };
        }

        Array.Sort(rescored, 0, size, Comparer<HitCandidate>.Create(static (a, b) => a.IsBetterThan(b) ? -1 : b.IsBetterThan(a) ? 1 : 0));
        return rescored;
    }

    /// <summary>Adds each hit's score for the query, visiting hits in document order, segment by segment.</summary>
    private static void Add(IndexSearcher searcher, HitCandidate[] hits, int size, Query query, float[] scores)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var order = Enumerable.Range(0, size).OrderBy(index => hits[index].Doc).ToArray();
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        Scorer? scorer = null;
        foreach (var index in order)
        {
            var doc = hits[index].Doc;
            if (leaf < 0 || (leaf + 1 < leaves.Count && leaves[leaf + 1].DocBase <= doc))
            {
                while (leaf + 1 < leaves.Count && leaves[leaf + 1].DocBase <= doc) leaf++;
                scorer = weight.GetScorer(leaves[leaf], leaves[leaf].AtomicReader.LiveDocs);
            }

            var local = doc - leaves[leaf].DocBase;
            if (scorer is null) continue;
            var current = scorer.DocID < local ? scorer.Advance(local) : scorer.DocID;
            if (current == local) scores[index] += scorer.GetScore();
        }
    }
}

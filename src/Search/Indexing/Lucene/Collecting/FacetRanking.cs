namespace Plateforme.Search.Indexing.Lucene.Collecting;

/// <summary>
/// Picks the values shown in a facet: the most frequent, then alphabetical, at most a given number. A heap of
/// that size is kept, so a facet over thousands of territories is neither sorted whole nor turned into objects.
/// </summary>
internal static class FacetRanking
{
    public static FacetCount[] Top(int size, int maxValues, Func<int, int> countOf, Func<int, string> sortKeyOf, Func<int, FacetCount> create)
    {
        // The heap's root is the worst value kept: lowest count, then last in alphabetical order.
        var worstFirst = Comparer<int>.Create((x, y) =>
        {
            var byCount = countOf(x).CompareTo(countOf(y));
            if (byCount != 0) return byCount;
            var byKey = string.CompareOrdinal(sortKeyOf(y), sortKeyOf(x));
            return byKey != 0 ? byKey : y.CompareTo(x);
        });
        var kept = new PriorityQueue<int, int>(Math.Min(size, maxValues) + 1, worstFirst);
        for (var ord = 0; ord < size; ord++)
        {
            if (countOf(ord) <= 0) continue;
            if (kept.Count < maxValues) kept.Enqueue(ord, ord);
            else if (worstFirst.Compare(ord, kept.Peek()) > 0) kept.EnqueueDequeue(ord, ord);
        }

        var top = new FacetCount[kept.Count];
        for (var i = top.Length - 1; i >= 0; i--) top[i] = create(kept.Dequeue());
        return top;
    }
}

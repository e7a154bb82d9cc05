namespace Plateforme.Search.Indexing.Lucene.Collecting;

/// <summary>Keeps the best <c>capacity</c> candidates seen, in a heap whose root is the worst one kept.</summary>
internal sealed class TopHits(int capacity)
{
    private readonly HitCandidate[] _heap = new HitCandidate[Math.Max(capacity, 0)];
    private int _count;

    public void Offer(in HitCandidate candidate)
    {
        if (_heap.Length == 0) return;
        if (_count < _heap.Length)
        {
            _heap[_count] = candidate;
            SiftUp(_count++);
        }
        else if (candidate.IsBetterThan(_heap[0]))
        {
            _heap[0] = candidate;
            SiftDown(0);
        }
    }

    /// <summary>The kept candidates, best first.</summary>
    public HitCandidate[] ToSortedArray()
    {
        var sorted = _heap[.._count];
        Array.Sort(sorted, static (a, b) => a.IsBetterThan(b) ? -1 : b.IsBetterThan(a) ? 1 : 0);
        return sorted;
    }

    private void SiftUp(int index)
    {
        while (index > 0)
        {
            var parent = (index - 1) / 2;
            if (!_heap[parent].IsBetterThan(_heap[index])) return;
            (_heap[parent], _heap[index]) = (_heap[index], _heap[parent]);
            index = parent;
        }
    }

    private void SiftDown(int index)
    {
        while (true)
        {
            var worst = index;
            var left = (2 * index) + 1;
            var right = left + 1;
            if (left < _count && _heap[worst].IsBetterThan(_heap[left])) worst = left;
            if (right < _count && _heap[worst].IsBetterThan(_heap[right])) worst = right;
            if (worst == index) return;
            (_heap[worst], _heap[index]) = (_heap[index], _heap[worst]);
            index = worst;
        }
    }
}

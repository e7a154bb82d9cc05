namespace Plateforme.Search.Indexing.Lucene.Collecting;

/// <summary>
/// A matching call with its sort keys. Order: <see cref="Primary"/> ascending, then <see cref="Score"/>
/// descending, then <see cref="Secondary"/> ascending, then the id order, then the document number.
/// </summary>
internal readonly record struct HitCandidate(int Doc, float Score, long Primary, long Secondary, long Tie)
{
    public bool IsBetterThan(in HitCandidate other)
    {
        if (Primary != other.Primary) return Primary < other.Primary;
        if (Score != other.Score) return Score > other.Score;
        if (Secondary != other.Secondary) return Secondary < other.Secondary;
        if (Tie != other.Tie) return Tie < other.Tie;
        return Doc < other.Doc;
    }
}

using Lucene.Net.Index;

namespace Plateforme.Search.Indexing.Lucene.Filtering;

/// <summary>Matches a document having any of the selected ordinals in a multi-valued doc values field.</summary>
internal sealed class OrdinalsMatcher(SortedSetDocValues docValues, bool[] selected) : ISegmentMatcher
{
    public bool Matches(int doc, CallStatus status) => HasAny(docValues, selected, doc);

    public static bool HasAny(SortedSetDocValues docValues, bool[] selected, int doc)
    {
        docValues.SetDocument(doc);
        long ord;
        while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            if (selected[ord]) return true;
        }

        return false;
    }
}

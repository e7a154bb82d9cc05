using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Plateforme.Search.Indexing.Lucene.Filtering;

/// <summary>Calls carrying at least one of the given values (beneficiary, theme, aid type, funder, recurrence).</summary>
internal sealed class ValuesFilter(string dimension, string field, IReadOnlyList<string> values) : DimensionFilter(dimension)
{
    public override Query ToQuery()
    {
        var any = new BooleanQuery();
        foreach (var value in values) any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        return any;
    }

    public override ISegmentMatcher ForSegment(AtomicReader reader)
    {
        var facetField = CallFields.FacetField(Dimension);
        var docValues = reader.GetSortedSetDocValues(facetField);
        if (docValues is null) return NoMatch.Instance;
        var selected = FacetValueTable.For(reader, facetField, docValues).Select(values);
        return new OrdinalsMatcher(docValues, selected);
    }
}

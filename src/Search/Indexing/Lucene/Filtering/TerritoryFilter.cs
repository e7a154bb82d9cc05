using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Plateforme.Search.Indexing.Lucene.Filtering;

/// <summary>
/// Calls inside one of the scopes (the scope is on their territory path) or covering it (their own
/// territory is one of the scope's ancestors: a regional call covers every commune of the région).
/// </summary>
internal sealed class TerritoryFilter : DimensionFilter
{
    private readonly string[] _inside;
    private readonly string[] _covering;

    public TerritoryFilter(IReadOnlyList<TerritoryScope> scopes)
        : base(FacetNames.Territory)
    {
        _inside = scopes.Select(scope => scope.Code.ToString()).Distinct(StringComparer.Ordinal).ToArray();
        _covering = scopes.SelectMany(scope => scope.Ancestors).Select(code => code.ToString()).Distinct(StringComparer.Ordinal).ToArray();
    }

    public override Query ToQuery()
    {
        var any = new BooleanQuery();
        foreach (var code in _inside) any.Add(new TermQuery(new Term(CallFields.TerritoryPath, code)), Occur.SHOULD);
        foreach (var code in _covering) any.Add(new TermQuery(new Term(CallFields.Territory, code)), Occur.SHOULD);
        return any;
    }

    public override ISegmentMatcher ForSegment(AtomicReader reader)
    {
        var paths = reader.GetSortedSetDocValues(CallFields.TerritoryPath);
        var ownField = CallFields.FacetField(FacetNames.Territory);
        var own = reader.GetSortedSetDocValues(ownField);
        if (paths is null || own is null) return NoMatch.Instance;

        var insideOrds = new bool[paths.ValueCount];
        foreach (var code in _inside)
        {
            var ord = paths.LookupTerm(new BytesRef(code));
            if (ord >= 0) insideOrds[ord] = true;
        }

        var coveringOrds = FacetValueTable.For(reader, ownField, own).Select(_covering);
        return new Matcher(paths, insideOrds, own, coveringOrds);
    }

    private sealed class Matcher(SortedSetDocValues paths, bool[] insideOrds, SortedSetDocValues own, bool[] coveringOrds) : ISegmentMatcher
    {
        public bool Matches(int doc, CallStatus status) =>
            OrdinalsMatcher.HasAny(paths, insideOrds, doc) || OrdinalsMatcher.HasAny(own, coveringOrds, doc);
    }
}

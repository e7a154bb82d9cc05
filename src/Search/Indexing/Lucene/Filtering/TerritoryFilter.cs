using Lucene.Net.Util;
using Plateforme.Search.Indexing.Lucene.Segments;

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

    public override ISegmentMatcher ForSegment(SegmentData segment)
    {
        var own = segment.ValuesOf(FacetNames.Territory);
        var path = segment.TerritoryPath;
        return new Matcher(path, path.Table.Select(_inside), own, own.Table.Select(_covering));
    }

    public override void Mark(SegmentData segment, int today, FixedBitSet bits)
    {
        var own = segment.ValuesOf(FacetNames.Territory);
        var path = segment.TerritoryPath;
        path.MarkDocuments(path.Table.Select(_inside), bits);
        own.MarkDocuments(own.Table.Select(_covering), bits);
    }

    private sealed class Matcher(FacetOrdinals path, int[] inside, FacetOrdinals own, int[] covering) : ISegmentMatcher
    {
        public bool Matches(int doc, CallStatus status) => path.HasAny(doc, inside) || own.HasAny(doc, covering);
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Plateforme.Search.Indexing.Lucene.Segments;

namespace Plateforme.Search.Indexing.Lucene.Text;

/// <summary>
/// Calls resembling a given one: the most telling words of its title, summary and themes (MoreLikeThis),
/// plus a boost for sharing a theme or a funder. The call itself is left out; closed calls come last, and among
/// the others the nearest places first: a call of Amiens is followed by calls of the Somme and the Hauts-de-France,
/// then national ones; calls of another région are never offered (a person of Amiens cannot apply to them).
/// </summary>
internal sealed class SimilarFinder(Analyzer analyzer)
{
    /// <summary>Candidates scored before closed ones go last and far ones are left out.</summary>
    private const int Candidates = 200;

    public IReadOnlyList<SearchHit> Find(IndexSearcher searcher, CallDocument call, DateOnly today, int max)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(call);
        if (max <= 0) return [];

        var query = new BooleanQuery();
        if (LikeQuery(searcher.IndexReader, call) is { } like) query.Add(like, Occur.SHOULD);
        foreach (var theme in call.Themes) query.Add(Boosted(new TermQuery(new Term(CallFields.Theme, theme.Value)), 1.5f), Occur.SHOULD);
        foreach (var funder in call.Funders) query.Add(Boosted(new TermQuery(new Term(CallFields.Funder, funder.Value)), 1f), Occur.SHOULD);
        if (query.Clauses.Count == 0) return [];
        query.Add(new TermQuery(CallDocumentMapper.IdTerm(call.Id)), Occur.MUST_NOT);

        // Statuses come from the segments' dates; only the calls shown are read in full. OrderBy is stable:
        // within each status group the score order stays.
        var leaves = searcher.IndexReader.Leaves;
        var place = new PlaceNearness(call);
        var best = searcher.Search(query, Candidates).ScoreDocs
            .Select(scoreDoc =>
            {
                var leaf = leaves[ReaderUtil.SubIndex(scoreDoc.Doc, leaves)];
                var segment = SegmentData.For(leaf.AtomicReader);
                var doc = scoreDoc.Doc - leaf.DocBase;
                return (scoreDoc, status: segment.StatusOf(doc, today.DayNumber), nearness: place.Of(segment.TerritoryPath, doc));
            })
            .Where(hit => hit.nearness != PlaceNearness.Elsewhere)
            .OrderBy(hit => hit.status == CallStatus.Closed)
            .ThenBy(hit => hit.nearness)
            .ThenBy(hit => Openness(hit.status))
            .Take(max);

        var hits = new List<SearchHit>(max);
        foreach (var (scoreDoc, status, _) in best)
        {
            var similar = CallCard.Read(searcher.IndexReader, scoreDoc.Doc);
            hits.Add(new SearchHit { Call = similar, Status = status, Score = scoreDoc.Score });
        }

        return hits;
    }

    private Query? LikeQuery(IndexReader reader, CallDocument call)
    {
        var text = string.Join(
            "\n",
            new[] { call.Title, call.Summary }.Concat(call.Themes.Select(theme => theme.Label)).Concat(call.SubThemes.Select(theme => theme.Label)).Concat(call.Keywords)
                .Where(part => !string.IsNullOrWhiteSpace(part)));
        if (text.Length == 0) return null;

        var moreLikeThis = new MoreLikeThis(reader)
        {
            Analyzer = analyzer,
            FieldNames = [CallFields.Title, CallFields.Summary, CallFields.Labels],
            MinTermFreq = 1,
            MinDocFreq = 2,

            // In a large index, words in more than a fifth of the calls say little about likeness and cost the most to score.
            MaxDocFreq = Math.Max(1000, reader.NumDocs / 5),
            MinWordLen = 3,
            MaxQueryTerms = 25,
            ApplyBoost = true,
        };
        using var textReader = new StringReader(text);
        var like = moreLikeThis.Like(textReader, CallFields.Title);
        return like is BooleanQuery { Clauses.Count: 0 } ? null : like;
    }

    private static int Openness(CallStatus status) => status switch
    {
        CallStatus.Open or CallStatus.ClosingSoon => 0,
        CallStatus.Upcoming => 1,
        _ => 2,
    };

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}

using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;

namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>
/// Calls resembling a given one, as the Lucene backend finds them: more_like_this on the call's title, summary
/// and labels (the same limits), plus a boost for sharing a theme or a funder; the call itself left out, open
/// calls first, score order kept within each status.
/// </summary>
internal sealed class EsSimilarFinder(ElasticsearchClient client, string alias)
{
    private const int Candidates = 50;

    public IReadOnlyList<SearchHit> Find(CallDocument call, DateOnly today, int max)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (max <= 0) return [];
        var should = new List<Query>
        {
            new MoreLikeThisQuery
            {
                Fields = Fields.FromStrings([EsFields.Title, EsFields.Summary, EsFields.Labels]),
                Like = [new Like(new LikeDocument { Index = alias, Id = EsCallDocument.IdText(call.Id) })],
                MinTermFreq = 1,
                MinDocFreq = 2,
                MinWordLength = 3,
                MaxQueryTerms = 25,
                BoostTerms = 1,
            },
        };
        if (call.Themes.Count > 0) should.Add(new TermsQuery(EsFields.Values(FacetNames.Theme), new TermsQueryField([.. call.Themes.Select(theme => FieldValue.String(theme.Value))])) { Boost = 1.5f });
        if (call.Funders.Count > 0) should.Add(new TermsQuery(EsFields.Values(FacetNames.Funder), new TermsQueryField([.. call.Funders.Select(funder => FieldValue.String(funder.Value))])) { Boost = 1f });

        var response = client.Search<EsCallDocument>(new SearchRequest(alias)
        {
            Size = Candidates,
            Query = new BoolQuery
            {
                Should = should,
                MinimumShouldMatch = 1,
                MustNot = [new IdsQuery { Values = new Ids([EsCallDocument.IdText(call.Id)]) }],
            },
            Source = new SourceConfig(new SourceFilter { Includes = Fields.FromString(EsFields.Card) }),
        });
        if (!response.IsValidResponse) throw new ElasticsearchIndexException("Elasticsearch failed a similar-calls search: " + response.DebugInformation);

        return response.Hits
            .Where(hit => hit.Source?.Card is not null)
            .Select(hit => new SearchHit
            {
                Call = hit.Source!.Card!,
                Status = CallStatusRules.StatusOn(today, hit.Source.Card!.OpensOn, hit.Source.Card.Deadline),
                Score = (float)(hit.Score ?? 0),
            })
            .OrderBy(hit => Openness(hit.Status))
            .Take(max)
            .ToList();
    }

    private static int Openness(CallStatus status) => status switch
    {
        CallStatus.Open or CallStatus.ClosingSoon => 0,
        CallStatus.Upcoming => 1,
        _ => 2,
    };
}

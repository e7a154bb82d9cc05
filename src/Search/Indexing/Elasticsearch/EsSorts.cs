using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;

namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>
/// The orders of <see cref="SearchSort"/>, the same as the Lucene backend's <c>HitRanker</c>: statuses come from
/// the day numbers at query time (painless scripts given "today"), ties broken by the same id order.
/// </summary>
internal static class EsSorts
{
    /// <summary>Deadlines at most this far make an open call a little more relevant.</summary>
    private const int NearDeadlineDays = 30;

    // Open (and closing soon) 0, upcoming 1, closed 2; key: soonest deadline first, closed ones latest closed first.
    private const string OpennessGroup =
        "long t = params.today; boolean hasD = !doc['deadline_day'].empty; " +
        "if (hasD && doc['deadline_day'].value < t) return 2; " +
        "if (!doc['opens_day'].empty && doc['opens_day'].value > t) return 1; return 0;";

    private const string OpennessKey =
        "long t = params.today; if (doc['deadline_day'].empty) return 2147483647L; long d = doc['deadline_day'].value; " +
        "return d < t ? -d : d;";

    // Dated open or upcoming calls 0 by deadline, undated 1 newest first, closed 2 latest closed first.
    private const string DeadlineGroup =
        "long t = params.today; if (doc['deadline_day'].empty) return 1; return doc['deadline_day'].value < t ? 2 : 0;";

    private const string DeadlineKey =
        "long t = params.today; if (doc['deadline_day'].empty) return -doc['published_at'].value; long d = doc['deadline_day'].value; " +
        "return d < t ? -d : d;";

    /// <param name="tiersFirst">A relaxed search: calls meeting more groups (the score) before the order asked.</param>
    public static List<SortOptions> For(SearchSort sort, bool hasText, int today, bool tiersFirst)
    {
        var sorts = new List<SortOptions>();
        if (tiersFirst || (sort == SearchSort.Relevance && hasText)) sorts.Add(new SortOptions { Score = new ScoreSort { Order = SortOrder.Desc } });
        switch (sort)
        {
            case SearchSort.Newest:
                sorts.Add(Field(EsFields.PublishedAt, SortOrder.Desc));
                break;
            case SearchSort.Deadline:
                sorts.Add(Scripted(DeadlineGroup, today));
                sorts.Add(Scripted(DeadlineKey, today));
                break;
            case SearchSort.Relevance when !hasText:
                sorts.Add(Scripted(OpennessGroup, today));
                sorts.Add(Scripted(OpennessKey, today));
                break;
        }

        sorts.Add(Field(EsFields.IdOrder, SortOrder.Asc));
        return sorts;
    }

    /// <summary>
    /// Text relevance nudged by at most 5 % for an open call with a deadline, a near one more: enough to order
    /// matches of about the same strength, too little to lift a weaker one; 1 % for an upcoming call.
    /// </summary>
    public static Query Nudged(Query text, int today) => new FunctionScoreQuery
    {
        Query = text,
        ScoreMode = FunctionScoreMode.First,
        BoostMode = FunctionBoostMode.Multiply,
        Functions =
        [
            new FunctionScore { Filter = OpenWithDeadline(today, today + NearDeadlineDays), Weight = 1.05 },
            new FunctionScore { Filter = OpenWithDeadline(today, null), Weight = 1.03 },
            new FunctionScore { Filter = EsFilters.Status(CallStatus.Upcoming, today), Weight = 1.01 },
        ],
    };

    private static Query OpenWithDeadline(int today, int? until) => new BoolQuery
    {
        Filter = [EsFilters.Range(EsFields.DeadlineDay, gte: today, lte: until)],
        MustNot = [EsFilters.Range(EsFields.OpensDay, gt: today)],
    };

    private static SortOptions Field(string field, SortOrder order) => new() { Field = new FieldSort(field) { Order = order } };

    private static SortOptions Scripted(string source, int today) => new()
    {
        Script = new ScriptSort
        {
            Type = ScriptSortType.Number,
            Order = SortOrder.Asc,
            Script = new Script { Source = source, Params = new Dictionary<string, object> { ["today"] = today } },
        },
    };
}

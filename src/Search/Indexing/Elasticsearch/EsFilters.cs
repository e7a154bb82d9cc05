using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;

namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>
/// The filters of a search as Elasticsearch queries, split like the Lucene backend's: range constraints that
/// always narrow, and one filter per facet dimension. With facets, the dimensions go to post_filter and each
/// facet's aggregation applies every dimension but its own (drill sideways).
/// </summary>
internal sealed class EsFilters
{
    private EsFilters(List<Query> constraints, Dictionary<string, Query> dimensions)
    {
        Constraints = constraints;
        Dimensions = dimensions;
    }

    public IReadOnlyList<Query> Constraints { get; }

    /// <summary>By facet name; the unstated tier's filter goes under "unstated".</summary>
    public IReadOnlyDictionary<string, Query> Dimensions { get; }

    public static EsFilters From(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = query.Today.DayNumber;
        var dimensions = new Dictionary<string, Query>(StringComparer.Ordinal);
        AddValues(dimensions, FacetNames.Beneficiary, query.Beneficiaries);
        AddValues(dimensions, FacetNames.Theme, query.Themes);
        AddValues(dimensions, FacetNames.AidType, query.AidTypes);
        AddValues(dimensions, FacetNames.Funder, query.Funders);
        AddValues(dimensions, FacetNames.Recurrence, query.Recurrences);
        AddValues(dimensions, FacetNames.Programme, query.Programmes);
        if (query.Territories.Count > 0) dimensions[FacetNames.Territory] = Territory(query.Territories);
        if (query.Statuses.Count > 0) dimensions[FacetNames.Status] = Any([.. query.Statuses.Distinct().Select(status => Status(status, today))]);
        AddValues(dimensions, FacetNames.Public, query.Publics);
        AddValues(dimensions, FacetNames.Destination, query.Destinations);
        if (query.UnstatedOnly) ReplaceWithUnstated(dimensions, query);
        return new EsFilters(RangeConstraints(query), dimensions);
    }

    /// <summary>Every dimension filter but <paramref name="except"/>'s, AND-ed (null: all of them).</summary>
    public Query AllDimensions(string? except = null) => new BoolQuery
    {
        Filter = [.. Dimensions.Where(pair => pair.Key != except).Select(pair => pair.Value)],
    };

    /// <summary>Open includes "closing soon", as the status rules say; each status is a range of days.</summary>
    public static Query Status(CallStatus status, int today)
    {
        Query closed = Range(EsFields.DeadlineDay, lt: today);
        Query upcoming = Range(EsFields.OpensDay, gt: today);
        return status switch
        {
            CallStatus.Closed => closed,
            CallStatus.Upcoming => new BoolQuery { Filter = [upcoming], MustNot = [closed] },
            CallStatus.ClosingSoon => new BoolQuery
            {
                Filter = [Range(EsFields.DeadlineDay, gte: today, lte: today + CallStatusRules.ClosingSoonDays)],
                MustNot = [upcoming],
            },
            _ => new BoolQuery { MustNot = [closed, upcoming] },
        };
    }

    public static Query Range(string field, long? gt = null, long? gte = null, long? lt = null, long? lte = null) =>
        new LongNumberRangeQuery(field) { Gt = gt, Gte = gte, Lt = lt, Lte = lte };

    public static Query Terms(string field, IEnumerable<string> values) =>
        new TermsQuery(field, new TermsQueryField([.. values.Select(FieldValue.String)]));

    public static Query Any(IReadOnlyList<Query> queries) => queries.Count == 1
        ? queries[0]
        : new BoolQuery { Should = [.. queries], MinimumShouldMatch = 1 };

    /// <summary>Calls inside a scope (on their territory path) or covering it (their own territory encloses it).</summary>
    private static Query Territory(IReadOnlyList<TerritoryScope> scopes)
    {
        var inside = scopes.Select(scope => scope.Code.ToString()).Distinct(StringComparer.Ordinal).ToArray();
        var covering = scopes.SelectMany(scope => scope.Ancestors).Select(code => code.ToString()).Distinct(StringComparer.Ordinal).ToArray();
        var queries = new List<Query> { Terms(EsFields.TerritoryPath, inside) };
        if (covering.Length > 0) queries.Add(Terms(EsFields.Values(FacetNames.Territory), covering));
        return Any(queries);
    }

    /// <summary>
    /// The « public non précisé » tier: in each of the beneficiary and public filters, the call matches or states
    /// nothing, and it states nothing in at least one (a call matching all belongs to the first tier).
    /// </summary>
    private static void ReplaceWithUnstated(Dictionary<string, Query> dimensions, SearchQuery query)
    {
        var who = new List<(string Dimension, IReadOnlyList<string> Values)>();
        if (Distinct(query.Beneficiaries) is { Length: > 0 } beneficiaries) who.Add((FacetNames.Beneficiary, beneficiaries));
        if (Distinct(query.Publics) is { Length: > 0 } publics) who.Add((FacetNames.Public, publics));
        if (who.Count == 0) return;
        foreach (var (dimension, _) in who) dimensions.Remove(dimension);
        dimensions["unstated"] = new BoolQuery
        {
            Filter = [.. who.Select(pair => Any([Terms(EsFields.Values(pair.Dimension), pair.Values), Silent(pair.Dimension)]))],
            Should = [.. who.Select(pair => Silent(pair.Dimension))],
            MinimumShouldMatch = 1,
        };
    }

    private static Query Silent(string dimension) => new BoolQuery { MustNot = [new ExistsQuery(EsFields.Values(dimension))] };

    private static List<Query> RangeConstraints(SearchQuery query)
    {
        var constraints = new List<Query>();
        if (query.DeadlineFrom is not null || query.DeadlineTo is not null)
        {
            // A call without a deadline has no value in the field and drops out, as with Lucene.
            constraints.Add(Range(EsFields.DeadlineDay, gte: query.DeadlineFrom?.DayNumber, lte: query.DeadlineTo?.DayNumber));
        }

        if (query.AmountMinCents is not null || query.AmountMaxCents is not null)
        {
            // Ranges meet when the call's minimum is at most the wanted maximum and its maximum at least the wanted minimum.
            constraints.Add(Range(EsFields.MinAmount, lte: query.AmountMaxCents ?? long.MaxValue));
            constraints.Add(Range(EsFields.MaxAmount, gte: query.AmountMinCents ?? long.MinValue));
        }

        return constraints;
    }

    private static void AddValues(Dictionary<string, Query> dimensions, string dimension, IReadOnlyList<string> values)
    {
        if (Distinct(values) is { Length: > 0 } distinct) dimensions[dimension] = Terms(EsFields.Values(dimension), distinct);
    }

    private static string[] Distinct(IReadOnlyList<string> values) =>
        [.. values.Where(value => !string.IsNullOrEmpty(value)).Distinct(StringComparer.Ordinal)];
}

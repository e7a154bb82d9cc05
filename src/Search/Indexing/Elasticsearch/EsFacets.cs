using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Plateforme.Search.Indexing.Lucene;
using Plateforme.Search.Text;

namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>
/// Drill-sideways facet counts: one "filter" aggregation per dimension applying every other dimension's filter
/// (the hits themselves are narrowed by post_filter), with a "terms" aggregation of the "value\u001flabel"
/// keywords inside; statuses are counted by a "filters" aggregation of day ranges. Values are ranked like the
/// Lucene backend: most frequent first, then alphabetical on the folded label.
/// </summary>
internal static class EsFacets
{
    private const string ValuesAggregation = "values";
    private const string StatusesAggregation = "statuses";

    private static readonly CallStatus[] Statuses = [CallStatus.Upcoming, CallStatus.Open, CallStatus.ClosingSoon, CallStatus.Closed];

    public static string Name(string dimension) => "facet_" + dimension;

    public static Dictionary<string, Aggregation> Request(EsFilters filters, int today, int maxValues)
    {
        var aggregations = new Dictionary<string, Aggregation>(StringComparer.Ordinal);
        foreach (var dimension in EsFields.ValueDimensions)
        {
            aggregations[Name(dimension)] = new Aggregation
            {
                Filter = filters.AllDimensions(except: dimension),
                Aggregations = new Dictionary<string, Aggregation>
                {
                    // A few more than shown, so that ties at the cut are settled on labels as Lucene does.
                    [ValuesAggregation] = new Aggregation { Terms = new TermsAggregation { Field = EsFields.Facet(dimension), Size = maxValues + 20 } },
                },
            };
        }

        aggregations[Name(FacetNames.Status)] = new Aggregation
        {
            Filter = filters.AllDimensions(except: FacetNames.Status),
            Aggregations = new Dictionary<string, Aggregation>
            {
                [StatusesAggregation] = new Aggregation
                {
                    Filters = new FiltersAggregation
                    {
                        // Anonymous filters, answered as a list in the same order: the client cannot read keyed buckets.
                        Filters = new Buckets<Query>(Statuses.Select(status => EsFilters.Status(status, today)).ToList()),
                    },
                },
            },
        };
        return aggregations;
    }

    public static Dictionary<string, IReadOnlyList<FacetCount>> Read(AggregateDictionary? aggregations, int maxValues)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        if (aggregations is null) return facets;
        foreach (var dimension in EsFields.ValueDimensions)
        {
            var buckets = aggregations.GetFilter(Name(dimension))?.Aggregations?.GetStringTerms(ValuesAggregation)?.Buckets ?? [];
            facets[dimension] = Top(buckets.Select(bucket => ToCount(bucket.Key.ToString(), bucket.DocCount)), maxValues);
        }

        var statusBuckets = aggregations.GetFilter(Name(FacetNames.Status))?.Aggregations?.GetFilters(StatusesAggregation)?.Buckets ?? [];
        var counts = statusBuckets.Select(bucket => (int)bucket.DocCount).ToArray();
        facets[FacetNames.Status] = Top(
            Statuses.Select((status, i) => new FacetCount(status.ToSlug(), FacetLabels.OfStatus(status), i < counts.Length ? counts[i] : 0)),
            maxValues);
        return facets;
    }

    private static FacetCount ToCount(string key, long count)
    {
        var separator = key.IndexOf(EsFields.LabelSeparator, StringComparison.Ordinal);
        return separator < 0
            ? new FacetCount(key, key, (int)count)
            : new FacetCount(key[..separator], key[(separator + 1)..], (int)count);
    }

    private static FacetCount[] Top(IEnumerable<FacetCount> counts, int maxValues) =>
        [.. counts.Where(count => count.Count > 0)
            .OrderByDescending(count => count.Count)
            .ThenBy(count => FrenchFolding.Fold(count.Label), StringComparer.Ordinal)
            .Take(maxValues)];
}

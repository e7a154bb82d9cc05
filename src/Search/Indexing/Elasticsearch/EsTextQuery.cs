using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Plateforme.Search.Indexing.Lucene.Querying;

namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>
/// The person's text (parsed and expanded with the vocabulary exactly as for Lucene) as Elasticsearch
/// queries: every group must match, a group being one item or its alternatives (OR, the vocabulary's
/// terms, each weighted); exclusions remove. Each item is looked for in every searchable field at once, the
/// best field counting most (title, labels, summary, then all the text).
/// </summary>
internal static class EsTextQuery
{
    /// <summary>What each group met adds in a relaxed search: far above any text score, so the score tells how many groups a call meets.</summary>
    public const float GroupWeight = 10_000f;

    private const double TieBreaker = 0.3;

    /// <summary>Every group required. <paramref name="fuzzyWords"/>: typed words that may match near spellings.</summary>
    public static Query Exact(ParsedUserQuery text, IReadOnlySet<QueryItem>? fuzzyWords = null) => new BoolQuery
    {
        Must = [.. text.Required.Select(group => Group(group, fuzzyWords))],
        MustNot = [.. Exclusions(text)],
    };

    /// <summary>
    /// At least <paramref name="minimumGroups"/> groups; each group met weighs <see cref="GroupWeight"/>, and with
    /// <paramref name="scoreText"/> the text score orders calls meeting as many groups.
    /// </summary>
    public static Query Relaxed(ParsedUserQuery text, int minimumGroups, bool scoreText, IReadOnlySet<QueryItem>? fuzzyWords = null) => new BoolQuery
    {
        Should = [.. text.Required.Select(group =>
        {
            var match = Group(group, fuzzyWords);
            Query counted = new ConstantScoreQuery { Filter = match, Boost = GroupWeight };
            return scoreText ? new BoolQuery { Must = [counted], Should = [match] } : counted;
        })],
        MinimumShouldMatch = minimumGroups,
        MustNot = [.. Exclusions(text)],
    };

    /// <summary>The required groups alone, for highlighting: what the page marks in the snippets.</summary>
    public static Query Highlighting(ParsedUserQuery text, IReadOnlySet<QueryItem>? fuzzyWords = null) => new BoolQuery
    {
        Should = [.. text.Required.SelectMany(group => group).Select(item => Item(item, fuzzyWords, [EsFields.Summary, EsFields.Description]))],
    };

    private static Query Group(IReadOnlyList<QueryItem> group, IReadOnlySet<QueryItem>? fuzzyWords) =>
        group.Count == 1
            ? Item(group[0], fuzzyWords, EsFields.ScoredFields)
            : new BoolQuery { Should = [.. group.Select(item => Item(item, fuzzyWords, EsFields.ScoredFields))], MinimumShouldMatch = 1 };

    private static IEnumerable<Query> Exclusions(ParsedUserQuery text) =>
        text.Excluded.Select(item => Item(item, null, [EsFields.All]));

    private static Query Item(QueryItem item, IReadOnlySet<QueryItem>? fuzzyWords, IReadOnlyList<string> fields)
    {
        var query = new MultiMatchQuery(item.Text)
        {
            Fields = Fields.FromStrings([.. fields]),
            Type = item.IsPhrase ? TextQueryType.Phrase : TextQueryType.BestFields,

            // A word the analyser splits ("covid-19") needs all its pieces; stop words alone match nothing.
            Operator = Operator.And,
            TieBreaker = TieBreaker,
            ZeroTermsQuery = ZeroTermsQuery.None,
        };
        if (item.Weight != 1f) query.Boost = item.Weight;
        if (fuzzyWords is not null && fuzzyWords.Contains(item) && !item.IsPhrase)
        {
            query.Fuzziness = new Fuzziness("AUTO");
            query.PrefixLength = 1;
        }

        return query;
    }
}

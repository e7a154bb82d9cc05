using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Plateforme.Search.Indexing.Lucene.Querying;

/// <summary>
/// Builds the Lucene queries of an analysed text, as objects: items are AND-ed, OR groups need one of
/// theirs, exclusions remove. Two versions: one to match, on the single field holding all the text
/// (one posting list per word, cheap even for common words), and one to score the best hits, looking
/// for each item in every searchable field at once (the best field wins, the others add a little).
/// </summary>
internal static class TextQueryBuilder
{
    /// <summary>How much a match in a second field adds to the best one.</summary>
    public const float TieBreaker = 0.3f;

    /// <summary>Typo tolerance applies to at most this many words: long queries are not typos.</summary>
    private const int MaxFuzzyTerms = 8;

    private static readonly IReadOnlyDictionary<QueryItem, string> NoCorrections = new Dictionary<QueryItem, string>();

    private static readonly WeightedField[] MatchFields = [new(CallFields.All, 1f)];

    public static TextQueries BuildExact(AnalyzedUserQuery query) => new(
        Build(query, fuzzy: false, NoCorrections, MatchFields, withExclusions: true),
        Build(query, fuzzy: false, NoCorrections, CallFields.ScoringFields, withExclusions: false));

    /// <summary>
    /// The same query with typo-tolerant words, or null when no word may have a typo. A word may also match
    /// its spelling correction's stem, which edits on stems alone can miss ("alimantasion" → "aliment").
    /// </summary>
    /// <remarks>
    /// Only a matching query: typo-tolerant hits keep the order of their first score, since expanding every
    /// word again in each scoring field would cost more than the whole search.
    /// </remarks>
    public static Query? BuildFuzzy(AnalyzedUserQuery query, IReadOnlyDictionary<QueryItem, string> correctedStems)
    {
        ArgumentNullException.ThrowIfNull(correctedStems);
        var candidates = query.Required.SelectMany(group => group)
            .Count(item => item.IsSingleTerm && (MaxEdits(item.Tokens[0].Term) > 0 || correctedStems.ContainsKey(item.Source)));
        return candidates is 0 or > MaxFuzzyTerms ? null : Build(query, fuzzy: true, correctedStems, MatchFields, withExclusions: true);
    }

    /// <summary>Edits allowed for a word: none under 4 letters, 1 up to 7, 2 from 8.</summary>
    public static int MaxEdits(string term) => term.Length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };

    private static Query Build(
        AnalyzedUserQuery query, bool fuzzy, IReadOnlyDictionary<QueryItem, string> correctedStems, IReadOnlyList<WeightedField> fields, bool withExclusions)
    {
        var root = new BooleanQuery();
        foreach (var group in query.Required)
        {
            if (group.Count == 1)
            {
                root.Add(ItemQuery(group[0], fuzzy, correctedStems, fields), Occur.MUST);
                continue;
            }

            var alternatives = new BooleanQuery { MinimumNumberShouldMatch = 1 };
            foreach (var item in group) alternatives.Add(ItemQuery(item, fuzzy, correctedStems, fields), Occur.SHOULD);
            root.Add(alternatives, Occur.MUST);
        }

        if (!query.HasRequired) root.Add(new MatchAllDocsQuery(), Occur.MUST);
        if (!withExclusions) return root;
        foreach (var item in query.Excluded) root.Add(ItemQuery(item, fuzzy: false, NoCorrections, fields), Occur.MUST_NOT);
        return root;
    }

    private static Query ItemQuery(AnalyzedItem item, bool fuzzy, IReadOnlyDictionary<QueryItem, string> correctedStems, IReadOnlyList<WeightedField> fields)
    {
        var corrected = fuzzy && correctedStems.TryGetValue(item.Source, out var stem) ? stem : null;
        if (fields.Count == 1) return FieldQuery(fields[0].Name, item, fuzzy, corrected);

        var best = new DisjunctionMaxQuery(TieBreaker);
        foreach (var field in fields)
        {
            var query = FieldQuery(field.Name, item, fuzzy, corrected);
            query.Boost = field.Boost;
            best.Add(query);
        }

        return best;
    }

    private static Query FieldQuery(string field, AnalyzedItem item, bool fuzzy, string? corrected)
    {
        if (item.IsSingleTerm)
        {
            var term = new Term(field, item.Tokens[0].Term);
            var edits = fuzzy ? MaxEdits(term.Text) : 0;
            Query query = edits > 0 ? new FuzzyQuery(term, edits, prefixLength: 1) : new TermQuery(term);
            if (corrected is null || corrected == term.Text) return query;
            return new BooleanQuery
            {
                { query, Occur.SHOULD },
                { new TermQuery(new Term(field, corrected)), Occur.SHOULD },
            };
        }

        var phrase = new PhraseQuery();
        foreach (var token in item.Tokens) phrase.Add(new Term(field, token.Term), token.Position);
        return phrase;
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Plateforme.Search.Analysis;

namespace Plateforme.Search.Indexing.Lucene.Querying;

/// <summary>
/// Builds the Lucene queries of an analysed text, as objects: items are AND-ed, OR groups (and the
/// vocabulary's expansions) need one of theirs, exclusions remove. Two versions: one to match, on the single
/// field holding all the text (one posting list per word, cheap even for common words), and one to score the
/// best hits, looking for each item in every searchable field at once (the best field wins, the others add a
/// little). The relaxed version asks only some of the groups and counts how many each call meets.
/// </summary>
internal static class TextQueryBuilder
{
    /// <summary>How much a match in a second field adds to the best one.</summary>
    public const float TieBreaker = 0.3f;

    /// <summary>
    /// What each group met adds to a relaxed match's score, far above any text score, so that the score tells
    /// how many groups a call meets (see <see cref="Collecting.HitRanker"/>).
    /// </summary>
    public const float GroupWeight = 10_000f;

    /// <summary>Typo tolerance applies to at most this many words: long queries are not typos.</summary>
    private const int MaxFuzzyTerms = 8;

    private static readonly IReadOnlyDictionary<QueryItem, string?> NoCorrections = new Dictionary<QueryItem, string?>();

    private static readonly WeightedField[] MatchFields = [new(CallFields.All, 1f)];

    /// <summary>
    /// What a call containing the words as typed (not a synonym of them), anywhere in its text, adds to its score
    /// field by field: « mairie » ranks a call about town halls above one that only says « ville » in its title.
    /// </summary>
    public const float TypedWordsBoost = 2f;

    public static TextQueries BuildExact(AnalyzedUserQuery query) => new(
        Build(query, NoCorrections, MatchFields, withExclusions: true),
        WithTypedWords(Build(query, NoCorrections, CallFields.ScoringFields, withExclusions: false), query));

    /// <summary>
    /// The same query where each word the index does not know (the keys of <paramref name="unknownWords"/>) may
    /// also match near spellings and its correction's stem, when there is one ("alimantasion" → "aliment"), or null when no word is unknown. Words the index knows are
    /// never loosened: "mairie" does not find "mars", nor "culturel" "cultuelles".
    /// </summary>
    /// <remarks>
    /// Only a matching query: typo-tolerant hits keep the order of their first score, since expanding every
    /// word again in each scoring field would cost more than the whole search.
    /// </remarks>
    public static Query? BuildFuzzy(AnalyzedUserQuery query, IReadOnlyDictionary<QueryItem, string?> unknownWords)
    {
        ArgumentNullException.ThrowIfNull(unknownWords);
        var candidates = query.Required.SelectMany(group => group).Count(item => item.IsSingleTerm && unknownWords.ContainsKey(item.Source));
        return candidates is 0 or > MaxFuzzyTerms ? null : Build(query, unknownWords, MatchFields, withExclusions: true);
    }

    /// <summary>
    /// Calls meeting at least <paramref name="minimumGroups"/> of the groups, each group met adding
    /// <see cref="GroupWeight"/> to the score; unknown words may match their correction. With it, the query that
    /// scores the best of them field by field, groups optional.
    /// </summary>
    public static TextQueries BuildRelaxed(AnalyzedUserQuery query, IReadOnlyDictionary<QueryItem, string?> unknownWords, int minimumGroups)
    {
        ArgumentNullException.ThrowIfNull(query);
        var root = new BooleanQuery { MinimumNumberShouldMatch = Math.Clamp(minimumGroups, 1, query.Required.Count) };
        var scoring = new BooleanQuery();
        foreach (var group in query.Required)
        {
            var match = GroupQuery(group, unknownWords, MatchFields);
            var counted = new BooleanQuery
            {
                { match, Occur.SHOULD },
                { new ConstantScoreQuery(GroupQuery(group, unknownWords, MatchFields)) { Boost = GroupWeight }, Occur.SHOULD },
            };
            root.Add(counted, Occur.SHOULD);
            scoring.Add(GroupQuery(group, NoCorrections, CallFields.ScoringFields), Occur.SHOULD);
        }

        WithTypedWords(scoring, query);

        foreach (var item in query.Excluded) root.Add(ItemQuery(item, NoCorrections, MatchFields), Occur.MUST_NOT);
        return new TextQueries(root, scoring);
    }

    /// <summary>Edits allowed for a word: none under 4 letters, 1 up to 7, 2 from 8.</summary>
    public static int MaxEdits(string term) => term.Length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };

    /// <summary>Adds, for each group that has vocabulary expansions, an optional match of its typed words on all the text.</summary>
    private static BooleanQuery WithTypedWords(BooleanQuery scoring, AnalyzedUserQuery query)
    {
        foreach (var group in query.Required)
        {
            if (!group.Any(item => item.Source.IsExpansion)) continue;
            var typed = group.Where(item => !item.Source.IsExpansion).ToList();
            if (typed.Count == 0) continue;
            var literal = GroupQuery(typed, NoCorrections, MatchFields);
            literal.Boost = TypedWordsBoost;
            scoring.Add(literal, Occur.SHOULD);
        }

        return scoring;
    }

    private static BooleanQuery Build(AnalyzedUserQuery query, IReadOnlyDictionary<QueryItem, string?> unknownWords, IReadOnlyList<WeightedField> fields, bool withExclusions)
    {
        var root = new BooleanQuery();
        foreach (var group in query.Required) root.Add(GroupQuery(group, unknownWords, fields), Occur.MUST);

        if (!query.HasRequired) root.Add(new MatchAllDocsQuery(), Occur.MUST);
        if (!withExclusions) return root;
        foreach (var item in query.Excluded) root.Add(ItemQuery(item, NoCorrections, fields), Occur.MUST_NOT);
        return root;
    }

    private static Query GroupQuery(IReadOnlyList<AnalyzedItem> group, IReadOnlyDictionary<QueryItem, string?> unknownWords, IReadOnlyList<WeightedField> fields)
    {
        if (group.Count == 1) return ItemQuery(group[0], unknownWords, fields);
        var alternatives = new BooleanQuery { MinimumNumberShouldMatch = 1 };
        foreach (var item in group) alternatives.Add(ItemQuery(item, unknownWords, fields), Occur.SHOULD);
        return alternatives;
    }

    private static Query ItemQuery(AnalyzedItem item, IReadOnlyDictionary<QueryItem, string?> unknownWords, IReadOnlyList<WeightedField> fields)
    {
        var unknown = unknownWords.TryGetValue(item.Source, out var corrected);
        if (fields.Count == 1)
        {
            var single = FieldQuery(fields[0].Name, item, unknown, corrected);
            single.Boost = item.Source.Weight;
            return single;
        }

        var best = new DisjunctionMaxQuery(TieBreaker);
        foreach (var field in fields)
        {
            var query = FieldQuery(field.Name, item, unknown, corrected);
            query.Boost = field.Boost * item.Source.Weight;
            best.Add(query);
        }

        return best;
    }

    private static Query FieldQuery(string field, AnalyzedItem item, bool unknown, string? corrected)
    {
        if (item.IsSingleTerm)
        {
            var term = new Term(field, item.Tokens[0].Term);
            if (!unknown) return new TermQuery(term);
            var edits = MaxEdits(term.Text);
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
        return field == CallFields.All ? ByPairs(item, phrase) : phrase;
    }

    /// <summary>
    /// A phrase on all the text, through its pairs of neighbouring words: two words are one pair, exact as the phrase;
    /// longer phrases need all their pairs, and the phrase itself is checked only on the calls having them.
    /// </summary>
    private static Query ByPairs(AnalyzedItem item, PhraseQuery phrase)
    {
        var pairs = AdjacentPairs.Of(item.Tokens);
        if (pairs.Count == 1) return new TermQuery(new Term(CallFields.AllPairs, pairs[0]));
        var all = new BooleanQuery();
        foreach (var pair in pairs) all.Add(new TermQuery(new Term(CallFields.AllPairs, pair)), Occur.MUST);
        all.Add(phrase, Occur.MUST);
        return all;
    }
}

using Lucene.Net.Analysis;
using Plateforme.Search.Analysis;

namespace Plateforme.Search.Indexing.Lucene.Querying;

/// <summary>
/// The parsed query run through the search analyzer. Items that leave no token (stop words,
/// punctuation, emoji) disappear, and so do OR groups left empty.
/// </summary>
internal sealed class AnalyzedUserQuery
{
    /// <summary>Tokens kept over the whole query: beyond this, the rest of the text is ignored.</summary>
    public const int MaxTokens = 32;

    /// <summary>Tokens kept for the vocabulary's expansions, apart, so that expansions never push a typed word out.</summary>
    public const int MaxExpansionTokens = 48;

    private AnalyzedUserQuery(IReadOnlyList<IReadOnlyList<AnalyzedItem>> required, IReadOnlyList<AnalyzedItem> excluded)
    {
        Required = required;
        Excluded = excluded;
    }

    public IReadOnlyList<IReadOnlyList<AnalyzedItem>> Required { get; }
    public IReadOnlyList<AnalyzedItem> Excluded { get; }

    public bool HasRequired => Required.Count > 0;
    public bool IsEmpty => Required.Count == 0 && Excluded.Count == 0;

    public static AnalyzedUserQuery Analyze(ParsedUserQuery parsed, Analyzer analyzer)
    {
        var budget = MaxTokens;
        var expansionBudget = MaxExpansionTokens;
        var required = new List<IReadOnlyList<AnalyzedItem>>();
        foreach (var group in parsed.Required)
        {
            var alternatives = new List<AnalyzedItem>();
            foreach (var item in group)
            {
                var analyzed = item.IsExpansion ? Analyze(item, analyzer, ref expansionBudget) : Analyze(item, analyzer, ref budget);
                if (analyzed is not null && !alternatives.Exists(known => SameTokens(known, analyzed))) alternatives.Add(analyzed);
            }

            // A group left with expansions only (its typed words were over the budget) is dropped with them.
            if (alternatives.Exists(item => !item.Source.IsExpansion)) required.Add(alternatives);
        }

        var excluded = new List<AnalyzedItem>();
        foreach (var item in parsed.Excluded)
        {
            if (Analyze(item, analyzer, ref budget) is { } analyzed) excluded.Add(analyzed);
        }

        return new AnalyzedUserQuery(required, excluded);
    }

    /// <summary>Every token a matching call may contain, for highlighting.</summary>
    public IEnumerable<string> RequiredTerms() =>
        Required.SelectMany(group => group).SelectMany(item => item.Tokens).Select(token => token.Term).Distinct(StringComparer.Ordinal);

    /// <summary>Two alternatives that analyse alike ("QPV" and "qpv") are one.</summary>
    private static bool SameTokens(AnalyzedItem a, AnalyzedItem b) =>
        a.Tokens.Count == b.Tokens.Count && a.Tokens.Zip(b.Tokens).All(pair => pair.First.Term == pair.Second.Term && pair.First.Position == pair.Second.Position);

    private static AnalyzedItem? Analyze(QueryItem item, Analyzer analyzer, ref int budget)
    {
        if (budget <= 0) return null;
        var tokens = analyzer.Tokenize(item.Text, CallFields.Title, budget);
        if (tokens.Count == 0) return null;
        budget -= tokens.Count;

        // Positions are made relative to the first kept token, so a phrase starting with a stop word still lines up.
        var first = tokens[0].Position;
        var shifted = tokens.ConvertAll(token => token with { Position = token.Position - first });
        return new AnalyzedItem(item, shifted);
    }
}

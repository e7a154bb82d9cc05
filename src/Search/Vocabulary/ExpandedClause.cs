namespace Plateforme.Search.Vocabulary;

/// <summary>
/// One part of an expanded query, backend-neutral: what the person typed and what may stand for it. A call
/// matches the clause when it contains the text or any alternative (each alternative a word or a phrase, with
/// the weight its match should have against the typed text's).
/// </summary>
public sealed record ExpandedClause(string Text, IReadOnlyList<VocabularyAlternative> Alternatives)
{
    public bool IsExpanded => Alternatives.Count > 0;

    /// <summary>The clause as a search engine's query string: <c>(qpv OR "quartiers prioritaires")</c>.</summary>
    public string ToQueryString()
    {
        if (!IsExpanded) return Quote(Text);
        return "(" + string.Join(" OR ", new[] { Text }.Concat(Alternatives.Select(alternative => alternative.Text)).Select(Quote)) + ")";
    }

    private static string Quote(string term) => term.Contains(' ', StringComparison.Ordinal) ? $"\"{term}\"" : term;
}

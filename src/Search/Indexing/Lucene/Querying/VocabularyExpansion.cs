using Plateforme.Search.Vocabulary;

namespace Plateforme.Search.Indexing.Lucene.Querying;

/// <summary>
/// Applies the field's vocabulary to a parsed query: words typed one after another that spell a term
/// ("QPV", "caisse d'allocations familiales", "C.A.F.") become one group that the typed words, as a phrase, or
/// any other term of the vocabulary satisfies. Quoted phrases, OR groups and exclusions are left as typed.
/// </summary>
internal static class VocabularyExpansion
{
    public static ParsedUserQuery Apply(ParsedUserQuery parsed, SearchVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (parsed.Required.Count == 0 || vocabulary.Groups.Count == 0) return parsed;

        var expanded = new List<IReadOnlyList<QueryItem>>(parsed.Required.Count);
        var run = new List<QueryItem>();
        foreach (var group in parsed.Required)
        {
            if (group is [{ IsPhrase: false } word])
            {
                run.Add(word);
                continue;
            }

            Flush(run, vocabulary, expanded);
            expanded.Add(group);
        }

        Flush(run, vocabulary, expanded);
        return parsed with { Required = expanded };
    }

    /// <summary>Adds a run of plain words, each matched term made one group with its alternatives.</summary>
    private static void Flush(List<QueryItem> run, SearchVocabulary vocabulary, List<IReadOnlyList<QueryItem>> groups)
    {
        if (run.Count == 0) return;
        var matches = vocabulary.Match(run.Select(item => item.Text).ToArray());
        var next = 0;
        foreach (var match in matches)
        {
            for (; next < match.Start; next++) groups.Add([run[next]]);
            var first = run[match.Start];
            var last = run[match.Start + match.Count - 1];
            var typed = match.Count == 1
                ? first
                : new QueryItem(string.Join(' ', run.Skip(match.Start).Take(match.Count).Select(item => item.Text)), IsPhrase: true, first.Start, last.Start + last.Length - first.Start);
            var group = new List<QueryItem> { typed };

            // "C.A.F." or "caf's" spelled as the vocabulary knows it, so the index's "CAF" matches too.
            if (match.Count == 1 && !string.Equals(first.Text, match.Term, StringComparison.OrdinalIgnoreCase))
            {
                group.Add(new QueryItem(match.Term, IsPhrase: false, first.Start, 0, IsExpansion: true));
            }

            foreach (var alternative in match.Alternatives)
            {
                var words = alternative.Text;
                group.Add(new QueryItem(words, IsPhrase: words.Contains(' ', StringComparison.Ordinal), first.Start, 0, IsExpansion: true, alternative.Weight));
            }

            groups.Add(group);
            next = match.Start + match.Count;
        }

        for (; next < run.Count; next++) groups.Add([run[next]]);
        run.Clear();
    }
}

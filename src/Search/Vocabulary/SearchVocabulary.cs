namespace Plateforme.Search.Vocabulary;

/// <summary>
/// The field's vocabulary in force: acronyms and synonyms, applied to the query (never to the index), so a
/// change takes effect on the next search. Knows no search engine: it lines up a query's words with its
/// terms and says what else may stand for them; each backend turns that into its own query.
/// </summary>
public sealed class SearchVocabulary
{
    private readonly Dictionary<string, List<Term>> _termsByFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<VocabularyAlternative>> _alternativesByKey = new(StringComparer.Ordinal);

    public SearchVocabulary(IEnumerable<VocabularyGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Groups = groups.Where(group => group.Terms.Count > 1).ToList();
        foreach (var group in Groups)
        {
            foreach (var term in group.Terms)
            {
                var words = VocabularyText.Words(term);
                if (words.Count == 0) continue;
                var key = string.Join(' ', words);
                if (!_alternativesByKey.TryGetValue(key, out var alternatives))
                {
                    alternatives = [];
                    _alternativesByKey[key] = alternatives;
                    if (!_termsByFirstWord.TryGetValue(words[0], out var starting)) _termsByFirstWord[words[0]] = starting = [];
                    starting.Add(new Term(words.ToArray(), key));
                }

                foreach (var other in group.Terms)
                {
                    if (VocabularyText.Key(other) is var otherKey && otherKey.Length > 0 && otherKey != key
                        && !alternatives.Exists(known => VocabularyText.Key(known.Text) == otherKey))
                    {
                        alternatives.Add(new VocabularyAlternative(other, group.Kind));
                    }
                }
            }
        }

        // "F.D.V.A." in a funder's text is one token in an index: the dotted form of each acronym is looked for too.
        foreach (var group in Groups.Where(group => group.Kind == VocabularyKind.Acronym))
        {
            if (Dotted(group.Terms[0]) is not { } dotted) continue;
            foreach (var term in group.Terms)
            {
                if (_alternativesByKey.TryGetValue(VocabularyText.Key(term), out var alternatives) && !alternatives.Exists(known => known.Text == dotted))
                {
                    alternatives.Add(new VocabularyAlternative(dotted, VocabularyKind.Acronym));
                }
            }
        }

        foreach (var starting in _termsByFirstWord.Values) starting.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public static SearchVocabulary Empty { get; } = new([]);

    public static SearchVocabulary Default { get; } = new(DefaultVocabulary.Groups);

    public IReadOnlyList<VocabularyGroup> Groups { get; }

    /// <summary>
    /// The terms found in a query's words, longest first and without overlap, left to right. Small words may sit
    /// inside a match ("quartiers de la politique de la ville") but never start one.
    /// </summary>
    public IReadOnlyList<VocabularyMatch> Match(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var keys = words.Select(VocabularyText.WordKey).ToArray();
        var matches = new List<VocabularyMatch>();
        var i = 0;
        while (i < keys.Length)
        {
            if (keys[i].Length == 0 || VocabularyText.IsSmallWord(words[i]) || !_termsByFirstWord.TryGetValue(keys[i], out var candidates))
            {
                i++;
                continue;
            }

            var found = false;
            foreach (var candidate in candidates)
            {
                if (Align(words, keys, i, candidate.Words) is not { } end) continue;
                matches.Add(new VocabularyMatch(i, end - i, candidate.Key, _alternativesByKey[candidate.Key]));
                i = end;
                found = true;
                break;
            }

            if (!found) i++;
        }

        return matches;
    }

    /// <summary>A query text as clauses a backend can run: each word alone, or a matched term with its alternatives.</summary>
    public IReadOnlyList<ExpandedClause> Expand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = VocabularyText.Split(text).ToArray();
        var clauses = new List<ExpandedClause>();
        var matches = Match(words);
        var next = 0;
        foreach (var match in matches)
        {
            for (; next < match.Start; next++)
            {
                if (!VocabularyText.IsSmallWord(words[next])) clauses.Add(new ExpandedClause(words[next], []));
            }

            clauses.Add(new ExpandedClause(string.Join(' ', words[match.Start..(match.Start + match.Count)]), match.Alternatives));
            next = match.Start + match.Count;
        }

        for (; next < words.Length; next++)
        {
            if (!VocabularyText.IsSmallWord(words[next])) clauses.Add(new ExpandedClause(words[next], []));
        }

        return clauses;
    }

    /// <summary>Where the term's words end in the query when they line up from <paramref name="start"/>, small words skipped.</summary>
    private static int? Align(IReadOnlyList<string> words, string[] keys, int start, string[] term)
    {
        var position = start;
        foreach (var word in term)
        {
            while (position < keys.Length && keys[position] != word && VocabularyText.IsSmallWord(words[position])) position++;
            if (position >= keys.Length || keys[position] != word) return null;
            position++;
        }

        return position;
    }

    /// <summary>"F.D.V.A." for "FDVA"; null for anything but 2 to 6 letters.</summary>
    private static string? Dotted(string acronym) =>
        acronym.Length is >= 2 and <= 6 && acronym.All(char.IsLetter) ? string.Join('.', acronym.ToUpperInvariant().ToCharArray()) + "." : null;

    private sealed record Term(string[] Words, string Key);
}

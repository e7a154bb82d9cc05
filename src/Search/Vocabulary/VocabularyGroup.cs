namespace Plateforme.Search.Vocabulary;

/// <summary>
/// Terms a person may type for the same thing; any of them finds the others. For an acronym the first term is
/// the acronym ("QPV") and the rest its spelled-out forms. A term may be several words ("espaces naturels").
/// </summary>
public sealed record VocabularyGroup(VocabularyKind Kind, IReadOnlyList<string> Terms)
{
    /// <summary>The group's name in overrides and on the admin page: its first term, normalised.</summary>
    public string Key => VocabularyText.Key(Terms.Count > 0 ? Terms[0] : string.Empty);

    /// <summary>The terms written "a | b | c", as on the admin page.</summary>
    public string Display => string.Join(" | ", Terms);

    public static VocabularyGroup Acronym(string acronym, params string[] expansions) => new(VocabularyKind.Acronym, [acronym, .. expansions]);

    public static VocabularyGroup Synonyms(params string[] terms) => new(VocabularyKind.Synonyms, terms);

    /// <summary>Reads "a | b | c" (or one term a line); blank terms are dropped.</summary>
    public static VocabularyGroup Parse(VocabularyKind kind, string terms) => new(kind,
        terms.Split(['|', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(term => VocabularyText.Words(term).Count > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray());
}

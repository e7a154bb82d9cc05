namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>Field names of the Elasticsearch mapping (see <see cref="IndexTemplate"/>), one place for writer and queries.</summary>
internal static class EsFields
{
    public const string Id = "id";
    public const string IdOrder = "id_order";

    /// <summary>The whole <see cref="CallDocument"/>, kept in the source only (not indexed): a page of hits is drawn from it.</summary>
    public const string Card = "card";

    // Searchable text, analysed by "french_search" (the Lucene FrenchSearchAnalyzer's chain).
    public const string Title = "title";
    public const string Labels = "labels";
    public const string Summary = "summary";
    public const string Description = "description";

    /// <summary>Every searchable text (copy_to from the fields above): one posting list per word to match on.</summary>
    public const string All = "all";

    /// <summary>Whole words as written ("french_word"): the vocabulary of spelling suggestions.</summary>
    public const string Spelling = "spelling";

    /// <summary>Folded title words ("french_prefix"), a search_as_you_type field: autocomplete of titles.</summary>
    public const string TitleWords = "title_words";

    /// <summary>Folded words of theme and funder labels, for their autocomplete.</summary>
    public const string ThemeWords = "theme_words";
    public const string FunderWords = "funder_words";

    /// <summary>The call's perimeter and every enclosing one.</summary>
    public const string TerritoryPath = "territory_path";

    public const string OpensDay = "opens_day";
    public const string DeadlineDay = "deadline_day";
    public const string MinAmount = "min_amount";
    public const string MaxAmount = "max_amount";
    public const string PublishedAt = "published_at";

    /// <summary>Keyword values of a dimension (filters): "beneficiary", "theme", … as <see cref="FacetNames"/>.</summary>
    public static string Values(string dimension) => "v_" + dimension;

    /// <summary>"value\u001flabel" keywords with doc values: a facet bucket carries its label.</summary>
    public static string Facet(string dimension) => "facet_" + dimension;

    public const char LabelSeparator = '\u001f';

    /// <summary>The dimensions counted from values (the status is counted from dates).</summary>
    public static IReadOnlyList<string> ValueDimensions { get; } = [.. FacetNames.All.Where(name => name != FacetNames.Status)];

    /// <summary>Scoring weights, as the Lucene backend's (title, then labels, then summary; the rest through "all").</summary>
    public static IReadOnlyList<string> ScoredFields { get; } = [Title + "^6", Labels + "^3", Summary + "^2", All];
}

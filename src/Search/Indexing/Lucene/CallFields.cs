namespace Plateforme.Search.Indexing.Lucene;

/// <summary>Names of the index fields, and how much each searchable one weighs.</summary>
internal static class CallFields
{
    /// <summary>Exact id, the key of updates and deletes.</summary>
    public const string Id = "id";

    /// <summary>The whole <see cref="CallDocument"/> as JSON: a hit is rebuilt from it alone.</summary>
    public const string Json = "json";

    /// <summary>Loads nothing but the stored JSON when reading a hit.</summary>
    public static ISet<string> JsonOnly { get; } = new HashSet<string>(StringComparer.Ordinal) { Json };

    // Searchable text, analysed by FrenchSearchAnalyzer.
    public const string Title = "title";
    public const string Themes = "themes";
    public const string Funders = "funders";
    public const string Keywords = "keywords";
    public const string Summary = "summary";
    public const string Description = "description";

    /// <summary>Whole words as written (FrenchWordAnalyzer): the vocabulary of spelling suggestions.</summary>
    public const string Spelling = "spelling";

    /// <summary>Folded title words (FrenchPrefixAnalyzer), for autocomplete.</summary>
    public const string TitleWords = "title_words";

    // Exact values, indexed for filters and MoreLikeThis boosts.
    public const string Beneficiary = "beneficiary";
    public const string Theme = "theme";
    public const string AidType = "aid_type";
    public const string Funder = "funder";
    public const string Recurrence = "recurrence";
    public const string Territory = "territory";
    public const string TerritoryPath = "territory_path";

    // Numbers: indexed for range queries and kept as doc values for statuses, sorts and boosts.
    public const string OpensOn = "opens_on";
    public const string Deadline = "deadline";
    public const string MinAmount = "min_amount";
    public const string MaxAmount = "max_amount";

    // Doc values only.
    public const string PublishedAt = "published_at";
    public const string IdOrder = "id_order";

    /// <summary>Facet doc values hold "value\u001flabel", so a count comes with its label at no extra cost.</summary>
    public const char LabelSeparator = '\u001f';

    /// <summary>A missing opening date sorts as "opened long ago", a missing deadline as "never closes".</summary>
    public const int NoOpeningDay = int.MinValue;
    public const int NoDeadlineDay = int.MaxValue;

    public static string FacetField(string dimension) => "facet_" + dimension;

    /// <summary>Searchable fields, from the weightiest: the title, then labels, then the summary, then the description.</summary>
    public static IReadOnlyList<WeightedField> TextFields { get; } =
    [
        new(Title, 6f),
        new(Themes, 3f),
        new(Funders, 3f),
        new(Keywords, 3f),
        new(Summary, 2f),
        new(Description, 1f),
    ];
}

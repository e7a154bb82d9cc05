namespace Plateforme.Search.Indexing.Lucene;

/// <summary>Names of the index fields, and how much each searchable one weighs.</summary>
internal static class CallFields
{
    /// <summary>Exact id ("N" format), the key of updates and deletes; stored for autocomplete.</summary>
    public const string Id = "id";

    /// <summary>The whole <see cref="CallDocument"/>, compressed, in binary doc values (see <see cref="CallCard"/>).</summary>
    public const string Card = "card";

    /// <summary>The JSON of a call too large for its card, as a stored field.</summary>
    public const string Json = "json";

    /// <summary>The title alone, stored for autocomplete, which shows titles and nothing else.</summary>
    public const string StoredTitle = "stored_title";

    public static ISet<string> IdAndTitle { get; } = new HashSet<string>(StringComparer.Ordinal) { Id, StoredTitle };

    /// <summary>Loads nothing but the stored JSON of a call too large for its card.</summary>
    public static ISet<string> JsonOnly { get; } = new HashSet<string>(StringComparer.Ordinal) { Json };

    // Searchable text, analysed by FrenchSearchAnalyzer.
    public const string Title = "title";

    /// <summary>Theme, sub-theme and funder labels and keywords: what a call is about and who funds it.</summary>
    public const string Labels = "labels";
    public const string Summary = "summary";

    /// <summary>
    /// All of the searchable text in one field, to match and first-rank calls with one
    /// posting list per word; the fields above then score the best hits (see WindowRescorer).
    /// </summary>
    public const string All = "all";

    /// <summary>
    /// The same text as <see cref="All"/> as pairs of neighbouring words (FrenchPairAnalyzer): a phrase is matched
    /// by looking its pairs up, its positions checked only among calls that have them all.
    /// </summary>
    public const string AllPairs = "all_pairs";

    /// <summary>Whole words as written (FrenchWordAnalyzer): the vocabulary of spelling suggestions.</summary>
    public const string Spelling = "spelling";

    /// <summary>Folded title words (FrenchPrefixAnalyzer), for autocomplete.</summary>
    public const string TitleWords = "title_words";

    // Exact values, indexed for similar calls and autocomplete (filters read doc values).
    public const string Theme = "theme";
    public const string Funder = "funder";

    /// <summary>Doc values of the call's territory and every enclosing one.</summary>
    public const string TerritoryPath = "territory_path";

    // Numeric doc values: statuses, ranges, sorts and boosts read them (see SegmentData).
    public const string OpensOn = "opens_on";
    public const string Deadline = "deadline";
    public const string MinAmount = "min_amount";
    public const string MaxAmount = "max_amount";
    public const string PublishedAt = "published_at";
    public const string IdOrder = "id_order";

    /// <summary>Facet doc values hold "value\u001flabel", so a count comes with its label at no extra cost.</summary>
    public const char LabelSeparator = '\u001f';

    /// <summary>A missing opening date sorts as "opened long ago", a missing deadline as "never closes".</summary>
    public const int NoOpeningDay = int.MinValue;
    public const int NoDeadlineDay = int.MaxValue;

    /// <summary>A call without any amount gets a range no amount filter can meet.</summary>
    public const long NoMinAmount = long.MaxValue;
    public const long NoMaxAmount = long.MinValue;

    public static string FacetField(string dimension) => "facet_" + dimension;

    /// <summary>
    /// Fields that score the best hits, from the weightiest: the title, then labels, then the summary.
    /// The description counts through the score on <see cref="All"/> that found the hit (see WindowRescorer).
    /// </summary>
    public static IReadOnlyList<WeightedField> ScoringFields { get; } =
    [
        new(Title, 6f),
        new(Labels, 3f),
        new(Summary, 2f),
    ];
}

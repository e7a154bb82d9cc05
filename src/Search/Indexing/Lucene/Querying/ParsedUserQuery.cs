namespace Plateforme.Search.Indexing.Lucene.Querying;

/// <summary>
/// The person's text understood: groups that must all match (each group is one item or several
/// alternatives joined by OR), and items that must not match.
/// </summary>
internal sealed record ParsedUserQuery(IReadOnlyList<IReadOnlyList<QueryItem>> Required, IReadOnlyList<QueryItem> Excluded)
{
    public static ParsedUserQuery Empty { get; } = new([], []);

    public bool IsEmpty => Required.Count == 0 && Excluded.Count == 0;
}

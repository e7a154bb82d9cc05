using Plateforme.Search.Indexing;

namespace Plateforme.Search.Vocabulary;

/// <summary>
/// What a change of the vocabulary does to a sample query, before it is saved: how the query is understood,
/// and its first results with the vocabulary in force and with the changed one.
/// </summary>
public sealed class VocabularyPreview(ISearchIndex index, SearchVocabularyProvider vocabulary, TimeProvider clock)
{
    public const int Shown = 10;

    public VocabularyPreviewResult Preview(string sampleQuery, SearchVocabulary changed)
    {
        ArgumentNullException.ThrowIfNull(sampleQuery);
        ArgumentNullException.ThrowIfNull(changed);
        var current = vocabulary.Current;
        var query = new SearchQuery { Text = sampleQuery, PageSize = Shown, Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
        var before = Run(query, current);
        var after = Run(query, changed);
        return new VocabularyPreviewResult(current.Expand(sampleQuery), changed.Expand(sampleQuery), before, after);
    }

    private IReadOnlyList<PreviewHit>? Run(SearchQuery query, SearchVocabulary with) =>
        index is IVocabularySearch search
            ? [.. search.Search(query, with).Hits.Select(hit => new PreviewHit(hit.Call.Slug, hit.Call.Title, hit.IsApproximate))]
            : null;
}

public sealed record PreviewHit(string Slug, string Title, bool IsApproximate);

/// <summary>The sample query understood and its first hits, with the vocabulary in force and with the change; hits are null when the backend cannot preview.</summary>
public sealed record VocabularyPreviewResult(
    IReadOnlyList<ExpandedClause> UnderstoodBefore,
    IReadOnlyList<ExpandedClause> UnderstoodAfter,
    IReadOnlyList<PreviewHit>? Before,
    IReadOnlyList<PreviewHit>? After)
{
    /// <summary>Calls that the change brings into the first results.</summary>
    public IReadOnlySet<string> Added => (After ?? []).Select(hit => hit.Slug).Except((Before ?? []).Select(hit => hit.Slug)).ToHashSet();

    /// <summary>Calls that the change takes out of the first results.</summary>
    public IReadOnlySet<string> Removed => (Before ?? []).Select(hit => hit.Slug).Except((After ?? []).Select(hit => hit.Slug)).ToHashSet();
}

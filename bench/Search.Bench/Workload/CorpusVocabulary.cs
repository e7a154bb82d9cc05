using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Workload;

/// <summary>
/// The filter values present in the corpus, most frequent first (ties by value), so that queries
/// drawn from them are the same on every run with the same corpus.
/// </summary>
public sealed class CorpusVocabulary
{
    public CorpusVocabulary(IReadOnlyList<CallDocument> documents)
    {
        Documents = documents;
        Beneficiaries = ByFrequency(documents.SelectMany(d => d.Beneficiaries.Select(v => v.Value)));
        Themes = ByFrequency(documents.SelectMany(d => d.Themes.Select(v => v.Value)));
        AidTypes = ByFrequency(documents.SelectMany(d => d.AidTypes.Select(v => v.Value)));
        Funders = ByFrequency(documents.SelectMany(d => d.Funders.Select(v => v.Value)));
        Recurrences = ByFrequency(documents.Select(d => d.Recurrence));
        TerritoryPaths = documents
            .Select(d => d.TerritoryPath)
            .Where(p => p.Count > 1)
            .DistinctBy(p => string.Join('/', p))
            .OrderBy(p => string.Join('/', p), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The corpus itself, in generation order, for queries anchored on one call.</summary>
    public IReadOnlyList<CallDocument> Documents { get; }

    public IReadOnlyList<string> Beneficiaries { get; }
    public IReadOnlyList<string> Themes { get; }
    public IReadOnlyList<string> AidTypes { get; }
    public IReadOnlyList<string> Funders { get; }
    public IReadOnlyList<string> Recurrences { get; }

    /// <summary>Distinct perimeter paths (own perimeter first, nation last) of calls below the national level.</summary>
    public IReadOnlyList<IReadOnlyList<string>> TerritoryPaths { get; }

    private static List<string> ByFrequency(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
}

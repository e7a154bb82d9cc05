using Plateforme.Search.Indexing.Lucene.Querying;

namespace Plateforme.Search.Indexing.Lucene.Text;

/// <summary>Decides which analysed tokens of a text answer the query, with the same typo tolerance as the search.</summary>
internal sealed class TermHighlighter(IReadOnlyCollection<string> terms, bool tolerateTypos)
{
    private readonly HashSet<string> _exact = new(terms, StringComparer.Ordinal);

    public bool IsEmpty => _exact.Count == 0;

    public bool TolerateTypos => tolerateTypos;

    public IReadOnlyCollection<string> Terms => _exact;

    public bool Matches(string token)
    {
        if (_exact.Contains(token)) return true;
        if (!tolerateTypos) return false;
        foreach (var term in _exact)
        {
            var edits = TextQueryBuilder.MaxEdits(term);
            if (edits == 0 || token.Length == 0 || token[0] != term[0] || Math.Abs(token.Length - term.Length) > edits) continue;
            if (EditDistance.Between(token, term) <= edits) return true;
        }

        return false;
    }
}

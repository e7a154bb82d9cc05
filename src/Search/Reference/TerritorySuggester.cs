using Plateforme.Search.Text;

namespace Plateforme.Search.Reference;

/// <summary>
/// Autocomplete over every territory: names folded (case, accents, hyphens), INSEE codes, SIREN of EPCI
/// and postal codes. A linear scan of ~36 000 short strings keeping the best few takes one to a few
/// milliseconds per keystroke, which keeps this simpler than a trie.
/// </summary>
internal sealed class TerritorySuggester
{
    private enum Rank
    {
        Exact = 0,
        Prefix = 1,
        WordPrefix = 2,
    }

    private static readonly Comparer<Match> MatchComparer = Comparer<Match>.Create(Compare);

    private readonly Entry[] entries;

    public TerritorySuggester(IEnumerable<Territory> territories)
    {
        var all = territories.ToList();
        var departements = all.Where(t => t.Level == TerritoryLevel.Departement).Select(t => (t.Code.Code, t.Name)).ToHashSet();
        entries = all
            // An overseas collectivity (975, 977…) is both a région and a département of the same name: offer it once.
            .Where(t => t.Level != TerritoryLevel.Region || !departements.Contains((t.Code.Code, t.Name)))
            .Select(t => new Entry(t, FrenchFolding.FoldWords(t.Name), t.Code.Code.ToLowerInvariant()))
            .ToArray();
    }

    public IReadOnlyList<Territory> Suggest(string? text, int max)
    {
        if (max <= 0 || string.IsNullOrWhiteSpace(text)) return [];
        if (TerritoryCode.TryParse(text, out var exactCode))
        {
            var exact = entries.FirstOrDefault(e => e.Territory.Code == exactCode);
            if (exact is not null) return [exact.Territory];
        }

        var query = FrenchFolding.FoldWords(text);
        if (query.Length == 0) return [];
        var wordQuery = " " + query;
        var looksLikeCode = query.All(char.IsAsciiLetterOrDigit) && query.Any(char.IsAsciiDigit);

        // Keep only the best few while scanning: a one-letter query matches thousands of names.
        var best = new List<Match>(Math.Min(max, 64) + 1);
        foreach (var entry in entries)
        {
            var rank = looksLikeCode ? RankByCode(entry, query) : RankByName(entry, query, wordQuery);
            if (rank is not { } r) continue;
            var match = new Match(r, entry);
            if (best.Count == max && Compare(match, best[^1]) >= 0) continue;
            var at = best.BinarySearch(match, MatchComparer);
            best.Insert(at < 0 ? ~at : at, match);
            if (best.Count > max) best.RemoveAt(max);
        }
        return best.Select(m => m.Entry.Territory).ToList();
    }

    private static int Compare(Match a, Match b)
    {
        var byRank = a.Rank.CompareTo(b.Rank);
        if (byRank != 0) return byRank;
        var byPopulation = b.Entry.Territory.Population.CompareTo(a.Entry.Territory.Population);
        if (byPopulation != 0) return byPopulation;
        // Broader first on a tie: the département of Paris before the commune.
        var byLevel = b.Entry.Territory.Level.CompareTo(a.Entry.Territory.Level);
        return byLevel != 0 ? byLevel : string.CompareOrdinal(a.Entry.FoldedName, b.Entry.FoldedName);
    }

    private static Rank? RankByName(Entry entry, string query, string wordQuery)
    {
        if (entry.FoldedName.Equals(query, StringComparison.Ordinal)) return Rank.Exact;
        if (entry.FoldedName.StartsWith(query, StringComparison.Ordinal)) return Rank.Prefix;
        if (entry.FoldedName.Contains(wordQuery, StringComparison.Ordinal)) return Rank.WordPrefix;
        return null;
    }

    private static Rank? RankByCode(Entry entry, string query)
    {
        if (entry.FoldedCode.Equals(query, StringComparison.Ordinal)) return Rank.Exact;
        var postalCodes = entry.Territory.PostalCodes;
        for (var i = 0; i < postalCodes.Count; i++)
        {
            if (postalCodes[i].Equals(query, StringComparison.Ordinal)) return Rank.Exact;
        }
        if (entry.Territory.Level != TerritoryLevel.Commune) return null;
        if (entry.FoldedCode.StartsWith(query, StringComparison.Ordinal)) return Rank.Prefix;
        for (var i = 0; i < postalCodes.Count; i++)
        {
            if (postalCodes[i].StartsWith(query, StringComparison.Ordinal)) return Rank.Prefix;
        }
        return null;
    }

    private sealed record Entry(Territory Territory, string FoldedName, string FoldedCode);

    private readonly record struct Match(Rank Rank, Entry Entry);
}

using Plateforme.Search.Indexing;

namespace Plateforme.Search.Bench.Engines.Sql;

/// <summary>The text the SQL engines index, grouped by weight like the Lucene fields.</summary>
public static class SearchableText
{
    /// <summary>Second weight: theme and sub-theme labels, funder names, keywords.</summary>
    public static string WeightedTerms(CallDocument call) =>
        string.Join(' ', call.Themes.Select(t => t.Label)
            .Concat(call.SubThemes.Select(t => t.Label))
            .Concat(call.Funders.Select(f => f.Label))
            .Concat(call.Keywords));
}

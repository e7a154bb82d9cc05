using Plateforme.Search.Reference;
using Plateforme.Search.Text;

namespace Plateforme.Crawler.Sources.AidesTerritoires;

/// <summary>The words of aides-territoires' closed lists that map to ours.</summary>
internal static class AidVocabulary
{
    /// <summary>« Dépenses de fonctionnement », « Dépenses d’investissement » (either apostrophe) to destination slugs.</summary>
    public static IReadOnlyList<string> Destinations(IEnumerable<string> names)
    {
        var slugs = new List<string>(2);
        foreach (var name in names)
        {
            var folded = FrenchFolding.FoldWords(name);
            var slug = folded.Contains("fonctionnement", StringComparison.Ordinal) ? DestinationSlugs.Operating
                : folded.Contains("investissement", StringComparison.Ordinal) ? DestinationSlugs.Investment
                : null;
            if (slug is not null && !slugs.Contains(slug)) slugs.Add(slug);
        }

        return slugs;
    }
}

using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;

namespace Plateforme.Search.Analysis;

/// <summary>
/// Words of the field that the French light stemmer leaves apart although people use them for one another
/// ("commerçant" and "commerce", "sportif" and "sport", "agricole" and "agriculture"): each family is given the
/// stem of its first word. Words that only look alike ("cultuel" and "culturel") are not in it. Changing this
/// table changes the index: raise <c>IndexOpener.LayoutVersion</c> so that it is rebuilt.
/// </summary>
public static class FieldStemOverrides
{
    private static readonly string[][] Families =
    [
        ["commerce", "commercant", "commercial"],
        ["artisanat", "artisan", "artisanal"],
        ["agriculture", "agriculteur", "agricole"],
        ["sport", "sportif"],
        ["culture", "culturel"],
        ["association", "associatif"],
        ["environnement", "environnemental"],
        ["education", "educatif"],
        ["energie", "energetique"],
        ["alimentation", "alimentaire"],
        ["tourisme", "touristique"],
        ["benevolat", "benevole"],
        ["patrimoine", "patrimonial"],
        ["ruralite", "rural"],
        ["ecologie", "ecologique"],
        ["solidarite", "solidaire"],
    ];

    /// <summary>Accent-free word forms (the chain folds before stemming) to the stem of their family.</summary>
    public static IReadOnlyDictionary<string, string> Stems { get; } = BuildStems();

    public static StemmerOverrideFilter.StemmerOverrideMap Map { get; } = BuildMap();

    private static Dictionary<string, string> BuildStems()
    {
        var stemmer = new FrenchLightStemmer();
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var family in Families)
        {
            var chars = family[0].ToCharArray();
            var stem = new string(chars, 0, stemmer.Stem(chars, chars.Length));
            foreach (var word in family)
            {
                foreach (var form in Inflections(word)) stems.TryAdd(form, stem);
            }
        }

        return stems;
    }

    private static StemmerOverrideFilter.StemmerOverrideMap BuildMap()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var (form, stem) in Stems) builder.Add(form, stem);
        return builder.Build();
    }

    /// <summary>The word with its plural and, for the adjective endings of these families, its feminine forms.</summary>
    private static IEnumerable<string> Inflections(string word)
    {
        yield return word;
        if (word.EndsWith("al", StringComparison.Ordinal))
        {
            yield return word[..^2] + "aux";
            foreach (var ending in new[] { "ale", "ales" }) yield return word[..^2] + ending;
            yield break;
        }

        if (!word.EndsWith('s')) yield return word + "s";
        var feminine = word switch
        {
            _ when word.EndsWith("if", StringComparison.Ordinal) => word[..^2] + "ive",
            _ when word.EndsWith("el", StringComparison.Ordinal) => word + "le",
            _ when word.EndsWith("ant", StringComparison.Ordinal) || word.EndsWith("eur", StringComparison.Ordinal) => word + "e",
            _ => null,
        };
        if (feminine is null) yield break;
        yield return feminine;
        yield return feminine + "s";
    }
}

using System.Text.Json.Nodes;
using Plateforme.Search.Analysis;

namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>
/// The composable index template of every concrete index behind the alias: the French analysis chains of the
/// Lucene backend rebuilt from Elasticsearch's own filters (elision, lowercase, ASCII folding, the same stop
/// words in both spellings, the field's stem overrides, the light French stemmer), and a strict mapping.
/// The vocabulary (acronyms, synonyms) is applied to queries, as with Lucene, so an administrator's change
/// takes effect on the next search without reindexing.
/// </summary>
internal static class IndexTemplate
{
    public const string SearchAnalyzer = "french_search";
    public const string WordAnalyzer = "french_word";
    public const string PrefixAnalyzer = "french_prefix";

    /// <summary>Positions between two values of a multi-valued field, so a phrase never spans two labels.</summary>
    private const int ValueGap = FrenchAnalysis.ValueGap;

    /// <summary>
    /// Raised with every change of the analysis or the mapping. Each index records the layout it was created with
    /// (the mapping's <c>_meta</c>); when the alias points to an older one, the start-up check rebuilds it into a new
    /// index while searches still read the old one (an old layout is not a health problem: no node is restarted for it).
    /// </summary>
    public const string LayoutVersion = "1";

    /// <summary>The key of the layout in the mapping's <c>_meta</c>.</summary>
    public const string LayoutKey = "plateforme_layout";

    public static string Name(string alias) => alias;

    public static JsonObject Build(ElasticsearchIndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new JsonObject
        {
            ["index_patterns"] = new JsonArray(options.Alias + "-*"),
            ["priority"] = 200,
            ["template"] = new JsonObject
            {
                ["settings"] = new JsonObject
                {
                    ["number_of_shards"] = options.Shards,
                    ["number_of_replicas"] = options.Replicas,
                    ["analysis"] = Analysis(),
                },
                ["mappings"] = Mappings(),
            },
        };
    }

    private static JsonObject Analysis() => new()
    {
        ["filter"] = new JsonObject
        {
            ["fr_elision"] = new JsonObject
            {
                ["type"] = "elision",
                ["articles_case"] = true,
                ["articles"] = Strings(FrenchStopWords.Articles.Select(article => article?.ToString() ?? "").Where(article => article.Length > 0).Order(StringComparer.Ordinal)),
            },
            ["fr_stop"] = new JsonObject
            {
                ["type"] = "stop",
                ["stopwords"] = Strings(FrenchStopWords.Words.Select(word => word?.ToString() ?? "").Where(word => word.Length > 0).Order(StringComparer.Ordinal)),
            },
            ["fr_stem_overrides"] = new JsonObject
            {
                ["type"] = "stemmer_override",
                ["rules"] = Strings(FieldStemOverrides.Stems.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} => {pair.Value}")),
            },
            ["fr_light_stem"] = new JsonObject { ["type"] = "stemmer", ["language"] = "light_french" },
        },
        ["analyzer"] = new JsonObject
        {
            [SearchAnalyzer] = Analyzer("fr_elision", "lowercase", "asciifolding", "fr_stop", "fr_stem_overrides", "fr_light_stem"),
            [WordAnalyzer] = Analyzer("fr_elision", "lowercase", "fr_stop"),
            [PrefixAnalyzer] = Analyzer("fr_elision", "lowercase", "asciifolding"),
        },
    };

    private static JsonObject Mappings()
    {
        var properties = new JsonObject
        {
            [EsFields.Id] = Keyword(),
            [EsFields.IdOrder] = Type("long"),
            [EsFields.Card] = new JsonObject { ["type"] = "object", ["enabled"] = false },
            [EsFields.Title] = Text(SearchAnalyzer, EsFields.All, EsFields.Spelling),
            [EsFields.Labels] = Text(SearchAnalyzer, EsFields.All, EsFields.Spelling),
            [EsFields.Summary] = Text(SearchAnalyzer, EsFields.All, EsFields.Spelling),
            [EsFields.Description] = Text(SearchAnalyzer, EsFields.All),
            [EsFields.All] = Text(SearchAnalyzer),
            [EsFields.Spelling] = new JsonObject
            {
                ["type"] = "text",
                ["analyzer"] = WordAnalyzer,
                ["index_options"] = "docs",
                ["norms"] = false,
                ["position_increment_gap"] = ValueGap,
            },
            [EsFields.TitleWords] = new JsonObject { ["type"] = "search_as_you_type", ["analyzer"] = PrefixAnalyzer },
            [EsFields.ThemeWords] = Text(PrefixAnalyzer),
            [EsFields.FunderWords] = Text(PrefixAnalyzer),
            [EsFields.TerritoryPath] = Keyword(),
            [EsFields.OpensDay] = Type("integer"),
            [EsFields.DeadlineDay] = Type("integer"),
            [EsFields.MinAmount] = Type("long"),
            [EsFields.MaxAmount] = Type("long"),
            [EsFields.PublishedAt] = Type("long"),
        };
        foreach (var dimension in EsFields.ValueDimensions)
        {
            properties[EsFields.Values(dimension)] = Keyword();
            properties[EsFields.Facet(dimension)] = Keyword();
        }

        return new JsonObject
        {
            ["_meta"] = new JsonObject { [LayoutKey] = LayoutVersion },
            ["dynamic"] = "strict",
            ["properties"] = properties,
        };
    }

    private static JsonObject Analyzer(params string[] filters) => new()
    {
        ["type"] = "custom",
        ["tokenizer"] = "standard",
        ["filter"] = Strings(filters),
    };

    private static JsonObject Text(string analyzer, params string[] copyTo)
    {
        var text = new JsonObject { ["type"] = "text", ["analyzer"] = analyzer, ["position_increment_gap"] = ValueGap };
        if (copyTo.Length > 0) text["copy_to"] = Strings(copyTo);
        return text;
    }

    /// <summary>Keywords keep their doc values (the default): facets and sorts read them.</summary>
    private static JsonObject Keyword() => Type("keyword");

    private static JsonObject Type(string type) => new() { ["type"] = type };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(value => (JsonNode)JsonValue.Create(value)!)]);
}

using Plateforme.Search.Analysis;
using Plateforme.Search.Indexing.Lucene.Text;

namespace Plateforme.Search.Indexing.Elasticsearch;

/// <summary>
/// Snippets in the Lucene backend's format (HTML-escaped, matched words in &lt;mark&gt;, « … » where cut): the
/// summary or description comes back whole from Elasticsearch's highlighter with private markers around
/// matches; their offsets in the text feed the same extract builder as Lucene's.
/// </summary>
internal static class EsSnippets
{
    public const string Open = "\u0002";
    public const string Close = "\u0003";

    public static string? Build(CallDocument call, IReadOnlyDictionary<string, IReadOnlyCollection<string>>? highlight)
    {
        ArgumentNullException.ThrowIfNull(call);
        foreach (var (field, text) in new[] { (EsFields.Summary, call.Summary), (EsFields.Description, call.DescriptionText) })
        {
            if (string.IsNullOrWhiteSpace(text) || highlight is null || !highlight.TryGetValue(field, out var fragments)) continue;
            var marks = Marks(fragments.FirstOrDefault(), text);
            if (marks.Count > 0) return SnippetBuilder.Extract(text, marks);
        }

        var fallback = string.IsNullOrWhiteSpace(call.Summary) ? call.DescriptionText : call.Summary;
        return string.IsNullOrWhiteSpace(fallback) ? null : SnippetBuilder.Extract(fallback, []);
    }

    /// <summary>Offsets of the marked words; none when the highlighted text is not the stored one.</summary>
    private static List<AnalyzedToken> Marks(string? highlighted, string text)
    {
        var marks = new List<AnalyzedToken>();
        if (highlighted is null) return marks;
        var plain = 0;
        var start = -1;
        for (var i = 0; i < highlighted.Length; i++)
        {
            var c = highlighted[i];
            if (c == Open[0])
            {
                start = plain;
            }
            else if (c == Close[0] && start >= 0)
            {
                marks.Add(new AnalyzedToken(text[start..plain], 0, start, plain));
                start = -1;
            }
            else
            {
                if (plain >= text.Length || text[plain] != c) return [];
                plain++;
            }
        }

        return marks;
    }
}

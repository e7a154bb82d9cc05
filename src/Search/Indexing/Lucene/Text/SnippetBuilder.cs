using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Plateforme.Search.Analysis;

namespace Plateforme.Search.Indexing.Lucene.Text;

/// <summary>
/// An extract of about <see cref="Length"/> characters from the summary or the description, around the
/// first matched words, HTML-escaped, matched words inside &lt;mark&gt;. Words are matched on the analysed
/// tokens' offsets, so "associations" marks "association".
/// </summary>
internal sealed class SnippetBuilder(Analyzer analyzer)
{
    public const int Length = 200;

    /// <summary>Context kept before the first match.</summary>
    private const int Lead = 50;

    /// <summary>Long descriptions are only searched for matches near their start, to bound the cost of a page.</summary>
    private const int MaxAnalyzedChars = 8_000;

    /// <summary>Length of the longest elided article ("puisqu").</summary>
    private const int MaxElisionLength = 6;

    /// <param name="where">Which texts hold a match; the others are not analysed.</param>
    public string? Build(CallDocument call, TermHighlighter highlighter, TextMatches where)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(highlighter);
        if (!highlighter.IsEmpty)
        {
            foreach (var (text, holdsMatch) in new[] { (call.Summary, where.InSummary), (call.DescriptionText, where.InDescription) })
            {
                if (!holdsMatch || string.IsNullOrWhiteSpace(text)) continue;
                var marks = FindMarks(text, highlighter);
                if (marks.Count > 0) return Extract(text, marks);
            }
        }

        var fallback = string.IsNullOrWhiteSpace(call.Summary) ? call.DescriptionText : call.Summary;
        return string.IsNullOrWhiteSpace(fallback) ? null : Extract(fallback, []);
    }

    /// <summary>Matched tokens from the first one to the end of the extract it opens: the rest is not read.</summary>
    private List<AnalyzedToken> FindMarks(string text, TermHighlighter highlighter)
    {
        var marks = new List<AnalyzedToken>();
        var analysed = text.Length > MaxAnalyzedChars ? text[..MaxAnalyzedChars] : text;
        using var stream = analyzer.GetTokenStream(CallFields.Summary, analysed);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (marks.Count > 0 && offset.StartOffset > marks[0].StartOffset + Length) break;
            var token = term.ToString();
            if (highlighter.Matches(token)) marks.Add(new AnalyzedToken(token, 0, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return marks;
    }

    /// <summary>The snippet of a text around its marks; the Elasticsearch backend builds its snippets with it too.</summary>
    internal static string Extract(string text, List<AnalyzedToken> marks)
    {
        var start = marks.Count == 0 ? 0 : WordStartAfter(text, Math.Max(0, marks[0].StartOffset - Lead));
        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length) end = WordEndBefore(text, start, end);
        if (end < text.Length && end > start && char.IsLowSurrogate(text[end])) end--;

        var html = new StringBuilder(Length + 64);
        if (start > 0) html.Append('…');
        var position = start;
        foreach (var mark in marks)
        {
            if (mark.StartOffset < position) continue;
            if (mark.EndOffset > end) break;
            var markStart = AfterElision(text, mark);
            AppendEscaped(html, text, position, markStart);
            html.Append("<mark>");
            AppendEscaped(html, text, markStart, mark.EndOffset);
            html.Append("</mark>");
            position = mark.EndOffset;
        }

        AppendEscaped(html, text, position, end);
        if (end < text.Length) html.Append('…');
        return html.ToString().Trim();
    }

    /// <summary>The token "l'association" is indexed as "association": only the word is marked, not the article.</summary>
    private static int AfterElision(string text, AnalyzedToken mark)
    {
        var apostrophe = text.IndexOfAny(['\'', '’'], mark.StartOffset, mark.EndOffset - mark.StartOffset);
        return apostrophe >= 0 && apostrophe - mark.StartOffset <= MaxElisionLength ? apostrophe + 1 : mark.StartOffset;
    }

    /// <summary>Moves a cut forward to the start of the next word, unless it already is at one.</summary>
    private static int WordStartAfter(string text, int index)
    {
        if (index == 0 || char.IsWhiteSpace(text[index - 1])) return index;
        var next = index;
        while (next < text.Length && !char.IsWhiteSpace(text[next])) next++;
        return next < text.Length ? next + 1 : index;
    }

    /// <summary>Moves a cut back to the end of the previous word, when there is one after <paramref name="start"/>.</summary>
    private static int WordEndBefore(string text, int start, int index)
    {
        var cut = index;
        while (cut > start && !char.IsWhiteSpace(text[cut])) cut--;
        return cut > start ? cut : index;
    }

    /// <summary>Escapes the five HTML-significant characters and folds runs of white space into one space.</summary>
    private static void AppendEscaped(StringBuilder html, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default:
                    if (char.IsWhiteSpace(c))
                    {
                        if (html.Length == 0 || html[^1] != ' ') html.Append(' ');
                    }
                    else
                    {
                        html.Append(c);
                    }

                    break;
            }
        }
    }
}

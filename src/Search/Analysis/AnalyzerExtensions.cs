using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Plateforme.Search.Analysis;

public static class AnalyzerExtensions
{
    /// <summary>Runs a chain over a text; positions start at 0 and keep the gaps left by removed words.</summary>
    public static List<AnalyzedToken> Tokenize(this Analyzer analyzer, string text, string field = "text", int maxTokens = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var tokens = new List<AnalyzedToken>();
        if (string.IsNullOrEmpty(text)) return tokens;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (tokens.Count < maxTokens && stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}

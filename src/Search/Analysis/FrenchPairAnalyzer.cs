using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;

namespace Plateforme.Search.Analysis;

/// <summary>The searchable French chain (<see cref="FrenchSearchAnalyzer"/>) turned into pairs of neighbouring words.</summary>
public sealed class FrenchPairAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(FrenchAnalysis.Version, reader);
        return new TokenStreamComponents(source, new AdjacentPairFilter(FrenchSearchAnalyzer.Words(source)));
    }

    public override int GetPositionIncrementGap(string fieldName) => FrenchAnalysis.ValueGap;
}

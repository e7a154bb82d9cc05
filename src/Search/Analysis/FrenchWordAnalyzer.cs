using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace Plateforme.Search.Analysis;

/// <summary>
/// Whole French words as written, lower-cased, accents kept, stop words removed:
/// StandardTokenizer → Elision → LowerCase → Stop. Feeds spelling suggestions, which must propose
/// real words ("économie"), not stems ("econom").
/// </summary>
public sealed class FrenchWordAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(FrenchAnalysis.Version, reader);
        TokenStream chain = new ElisionFilter(source, FrenchStopWords.Articles);
        chain = new LowerCaseFilter(FrenchAnalysis.Version, chain);
        chain = new StopFilter(FrenchAnalysis.Version, chain, FrenchStopWords.Words);
        return new TokenStreamComponents(source, chain);
    }

    public override int GetPositionIncrementGap(string fieldName) => FrenchAnalysis.ValueGap;
}

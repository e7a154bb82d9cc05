using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace Plateforme.Search.Analysis;

/// <summary>
/// Whole words, lower-cased and accent-free, without stemming: StandardTokenizer → Elision →
/// LowerCase → ASCIIFolding. Autocomplete matches prefixes of these ("eco" → "economie"),
/// and keeps stop words so that a title can be completed word by word.
/// </summary>
public sealed class FrenchPrefixAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(FrenchAnalysis.Version, reader);
        TokenStream chain = new ElisionFilter(source, FrenchStopWords.Articles);
        chain = new LowerCaseFilter(FrenchAnalysis.Version, chain);
        chain = new ASCIIFoldingFilter(chain);
        return new TokenStreamComponents(source, chain);
    }

    public override int GetPositionIncrementGap(string fieldName) => FrenchAnalysis.ValueGap;
}

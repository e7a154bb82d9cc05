using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace Plateforme.Search.Analysis;

/// <summary>
/// The chain for searchable French text, used at index and at query time:
/// StandardTokenizer → Elision → LowerCase → ASCIIFolding → Stop → the field's stem overrides → FrenchLightStem.
/// Folding comes before stop words and stemming so that "Economie" and "Économie" reach the
/// stemmer as the same word: the stemmer's accented rules could otherwise split them apart. The overrides
/// (<see cref="FieldStemOverrides"/>) join words of the field the light stemmer leaves apart.
/// </summary>
public sealed class FrenchSearchAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(FrenchAnalysis.Version, reader);
        return new TokenStreamComponents(source, Words(source));
    }

    /// <summary>The chain after the tokenizer, shared with <see cref="FrenchPairAnalyzer"/>.</summary>
    internal static TokenStream Words(Tokenizer source)
    {
        TokenStream chain = new ElisionFilter(source, FrenchStopWords.Articles);
        chain = new LowerCaseFilter(FrenchAnalysis.Version, chain);
        chain = new ASCIIFoldingFilter(chain);
        chain = new StopFilter(FrenchAnalysis.Version, chain, FrenchStopWords.Words);
        chain = new StemmerOverrideFilter(chain, FieldStemOverrides.Map);
        return new FrenchLightStemFilter(chain);
    }

    public override int GetPositionIncrementGap(string fieldName) => FrenchAnalysis.ValueGap;
}

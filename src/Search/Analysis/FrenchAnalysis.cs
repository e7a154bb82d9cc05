using Lucene.Net.Util;

namespace Plateforme.Search.Analysis;

/// <summary>Settings shared by every analysis chain, so index time and query time cannot drift apart.</summary>
public static class FrenchAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Positions left between two values of a multi-valued field, so a phrase never spans two labels.</summary>
    public const int ValueGap = 100;
}

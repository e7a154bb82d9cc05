namespace Plateforme.Search.Catalogue;

/// <summary>Values of <see cref="FundingCall.EuropeanAid"/>: which kind of European fund pays the aid.</summary>
public static class EuropeanAidKinds
{
    /// <summary>European, kind not stated.</summary>
    public const string European = "europeenne";

    /// <summary>Sectoral programmes managed by the Commission (Erasmus+, LIFE, Horizon Europe…).</summary>
    public const string Sectoral = "sectorielle";

    /// <summary>Structural and investment funds managed in the regions (FEDER, FSE+, FEADER/LEADER…).</summary>
    public const string Structural = "structurelle";

    public static IReadOnlyList<string> All { get; } = [European, Sectoral, Structural];
}

namespace Plateforme.Search.Bench.Measurement;

/// <summary>How one engine's filter-only answers compare with the baseline's.</summary>
public sealed record EngineAgreement(
    string Engine,
    int Queries,
    int TotalsAgree,
    int FacetsAgree,
    IReadOnlyList<string> FirstMismatches)
{
    public double TotalsRate => Queries == 0 ? 1 : (double)TotalsAgree / Queries;
    public double FacetsRate => Queries == 0 ? 1 : (double)FacetsAgree / Queries;
}

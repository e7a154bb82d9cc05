using Plateforme.Lending.Campaigns;

namespace Plateforme.Web.Structures.Dashboard;

/// <summary>A structure's figures over the campaigns it accompanies (cents only).</summary>
public sealed record StructureFigures(
    IReadOnlyDictionary<CampaignState, int> ByState,
    long CollectedCents,
    long LeveragedCents,
    long DueCents,
    int LateInstalments,
    long LateCents,
    int LoansStarted,
    int Defaulted)
{
    /// <summary>Lent and repaid per month (Europe/Paris), oldest first, at most the last twelve months with activity.</summary>
    public IReadOnlyList<MonthFigure> Months { get; init; } = [];

    /// <summary>Defaulted loans among the loans paid out, in per cent with one decimal; null before any loan.</summary>
    public decimal? DefaultRatePercent => LoansStarted == 0 ? null : Math.Round(Defaulted * 100m / LoansStarted, 1);
}

namespace Plateforme.Lending.Statistics;

/// <summary>
/// The public figures of the lending activity, from the ledger (cents): loans paid out to carriers, repaid by them,
/// written off in declared defaults, donations paid out; funded campaigns, lenders, and the monthly default rates.
/// </summary>
public sealed record LendingStatistics(
    long LentCents,
    long RepaidCents,
    long WrittenOffCents,
    long DonatedCents,
    int CampaignsFunded,
    int Lenders,
    IReadOnlyList<MonthlyDefaultRate> Months)
{
    /// <summary>Written off over lent, in hundredths of a percent, rounded down.</summary>
    public long WrittenOffBasisPoints => LentCents == 0 ? 0 : WrittenOffCents * 10_000 / LentCents;
}

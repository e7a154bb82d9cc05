namespace Plateforme.Lending.Statistics;

/// <summary>
/// One calendar month of the published default statistics: what fell due that month and how much of it was still
/// unpaid when it became late (the configured days after its due date; 10 by default).
/// </summary>
public sealed record MonthlyDefaultRate(int Year, int Month, long DueCents, long MissedCents)
{
    /// <summary>Missed over due, in hundredths of a percent, rounded down (integer arithmetic).</summary>
    public long BasisPoints => DueCents == 0 ? 0 : MissedCents * 10_000 / DueCents;
}

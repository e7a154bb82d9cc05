namespace Plateforme.Lending.Clock;

/// <summary>What one run of the clock did (for logs and tests).</summary>
public sealed record ClockReport(
    int Funded, int Failed, int RemindersQueued, int PledgesCancelledUnpaid, int FailedAfterCollection, int InstalmentsFlaggedLate, int DefaultProceduresOpened)
{
    public static ClockReport Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public ClockReport Add(ClockReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new ClockReport(
            Funded + other.Funded, Failed + other.Failed, RemindersQueued + other.RemindersQueued, PledgesCancelledUnpaid + other.PledgesCancelledUnpaid,
            FailedAfterCollection + other.FailedAfterCollection, InstalmentsFlaggedLate + other.InstalmentsFlaggedLate, DefaultProceduresOpened + other.DefaultProceduresOpened);
    }
}

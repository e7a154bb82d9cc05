namespace Plateforme.Lending.Personal;

/// <summary>What one run of <see cref="LendingRetentionPurge"/> changed: rows whose person's id went, rows deleted.</summary>
public sealed record RetentionPurgeReport(int Campaigns, int Pledges, int HistoryRows, int MessagesDeleted)
{
    public static RetentionPurgeReport Empty { get; } = new(0, 0, 0, 0);
}

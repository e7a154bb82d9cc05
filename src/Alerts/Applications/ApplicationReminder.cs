namespace Plateforme.Alerts.Applications;

/// <summary>
/// One reminder before a deadline (J-14 or J-3), recorded before it is sent: the key (application, deadline,
/// days before) makes a second one impossible, across runs and restarts; a row without <see cref="SentAt"/> is
/// sent by the next run.
/// </summary>
public sealed class ApplicationReminder
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    public DateOnly Deadline { get; set; }

    public int DaysBefore { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}

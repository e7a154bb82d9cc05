namespace Plateforme.Alerts.Applications;

/// <summary>
/// A call an organisation saved, and its application to it. The call's slug, title and deadline are copied at
/// save time for the organisation's page; reminders read the deadline again from the catalogue.
/// </summary>
public sealed class CallApplication
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid CallId { get; set; }

    public string CallSlug { get; set; } = "";

    public string CallTitle { get; set; } = "";

    public DateOnly? Deadline { get; set; }

    public ApplicationStatus Status { get; set; }

    public string Notes { get; set; } = "";

    /// <summary>What the funder granted, in cents; only for an application « obtenue ».</summary>
    public long? AmountObtainedCents { get; set; }

    /// <summary>The day (Europe/Paris) it was marked « obtenue »: the money obtained counts in that calendar year.</summary>
    public DateOnly? ObtainedOn { get; set; }

    public Guid SavedBy { get; set; }

    public DateTimeOffset SavedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

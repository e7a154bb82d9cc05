namespace Plateforme.Alerts.Applications;

/// <summary>What a member changes on an application: its status, notes and, once obtained, the amount in cents.</summary>
public sealed record ApplicationChange(ApplicationStatus Status, string? Notes, long? AmountObtainedCents);

namespace Plateforme.Alerts.Subscriptions;

/// <summary>A request for an alert, as the form gives it (its links are built on the configured public address).</summary>
public sealed record NewAlert(string Email, string Query, string Description, AlertFrequency Frequency, Guid? UserId);

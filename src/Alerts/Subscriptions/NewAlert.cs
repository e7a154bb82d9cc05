namespace Plateforme.Alerts.Subscriptions;

/// <summary>A request for an alert, as the form gives it; <paramref name="SiteUrl"/> is the site's address seen by the request.</summary>
public sealed record NewAlert(string Email, string Query, string Description, AlertFrequency Frequency, Guid? UserId, string SiteUrl);

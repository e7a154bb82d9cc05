namespace Plateforme.Alerts.Subscriptions;

public enum ConfirmationOutcome
{
    /// <summary>Unknown, expired or already used token: the page says the link is not valid.</summary>
    Invalid,

    Confirmed,
}

namespace Plateforme.Alerts.Subscriptions;

public enum AlertFrequency
{
    /// <summary>Every morning at 07:00 in Paris.</summary>
    Daily,

    /// <summary>Monday mornings at 07:00 in Paris.</summary>
    Weekly,
}

namespace Plateforme.Alerts.Subscriptions;

/// <summary>What a signed-in person can do to one of their alerts from /compte/alertes.</summary>
public enum AlertCommand
{
    Daily,
    Weekly,
    Pause,
    Resume,
    Delete,
}

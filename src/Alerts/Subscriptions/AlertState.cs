namespace Plateforme.Alerts.Subscriptions;

public enum AlertState
{
    /// <summary>Waiting for the confirmation link: nothing is sent but the confirmation e-mail.</summary>
    Pending,

    Active,

    /// <summary>Kept, but no digest is composed; resuming starts from the day it resumes.</summary>
    Paused,
}

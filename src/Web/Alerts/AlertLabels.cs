using Plateforme.Alerts.Subscriptions;
using Plateforme.Web.Resources;

namespace Plateforme.Web.Alerts;

/// <summary>French names of an alert's values.</summary>
public static class AlertLabels
{
    public static string Frequency(AlertFrequency frequency) =>
        frequency == AlertFrequency.Weekly ? AlertText.FrequencyWeekly : AlertText.FrequencyDaily;

    public static string State(AlertState state) => state switch
    {
        AlertState.Active => AlertText.StateActive,
        AlertState.Paused => AlertText.StatePaused,
        _ => AlertText.StatePending,
    };
}

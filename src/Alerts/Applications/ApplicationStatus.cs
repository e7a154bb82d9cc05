namespace Plateforme.Alerts.Applications;

/// <summary>Where an organisation stands with one call: à étudier, en préparation, déposée, obtenue, refusée.</summary>
public enum ApplicationStatus
{
    ToStudy,
    Preparing,
    Submitted,
    Won,
    Refused,
}

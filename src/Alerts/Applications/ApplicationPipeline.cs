namespace Plateforme.Alerts.Applications;

/// <summary>An organisation's applications, and the money obtained in a calendar year (cents).</summary>
public sealed record ApplicationPipeline(IReadOnlyList<CallApplication> Applications, int Year, long ObtainedCents)
{
    public IReadOnlyList<CallApplication> In(ApplicationStatus status) => [.. Applications.Where(a => a.Status == status)];
}

using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Plateforme.Web.Shared.Observability;

/// <summary>/admin/sante: every health check with its status, duration and description, for administrators.</summary>
public partial class AdminHealth
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private HealthReport? report;

    [Inject] public required HealthCheckService Health { get; init; }

    protected override async Task OnInitializedAsync() => report = await Health.CheckHealthAsync();

    private static string Milliseconds(TimeSpan duration) => duration.TotalMilliseconds.ToString("0.0", French) + " ms";
}

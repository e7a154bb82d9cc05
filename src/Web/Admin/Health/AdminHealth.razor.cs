using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Admin.Health;

/// <summary>/admin/sante: every health check with its status, duration and description, for administrators.</summary>
public partial class AdminHealth
{
    private HealthReport? report;

    [Inject] public required HealthCheckService Health { get; init; }

    protected override async Task OnInitializedAsync() => report = await Health.CheckHealthAsync();

    private static string Milliseconds(TimeSpan duration) => duration.TotalMilliseconds.ToString("0.0", FrenchFormat.Culture) + " ms";
}

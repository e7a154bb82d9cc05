using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Plateforme.Web.Admin.Health;

/// <summary>The French texts of the administrators' health page (AdminHealthText.resx beside this file).</summary>
public static class AdminHealthText
{
    private static readonly ResourceManager Resources = new("Plateforme.Web.Admin.Health.AdminHealthText", typeof(AdminHealthText).Assembly);

    public static string Title => Get(nameof(Title));

    public static string Overall => Get(nameof(Overall));

    public static string ColumnCheck => Get(nameof(ColumnCheck));

    public static string ColumnStatus => Get(nameof(ColumnStatus));

    public static string ColumnDuration => Get(nameof(ColumnDuration));

    public static string ColumnDescription => Get(nameof(ColumnDescription));

    public static string JsonLink => Get(nameof(JsonLink));

    public static string TechnicalDetail => Get(nameof(TechnicalDetail));

    public static string LinkFromSources => Get(nameof(LinkFromSources));

    /// <summary>What a check looks at, in French; an unknown check keeps its name.</summary>
    public static string CheckLabel(string name) => Resources.GetString("Check." + name, CultureInfo.InvariantCulture) ?? name;

    public static string Status(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => Get("Healthy"),
        HealthStatus.Degraded => Get("Degraded"),
        _ => Get("Unhealthy"),
    };

    private static string Get(string name) => Resources.GetString(name, CultureInfo.InvariantCulture) ?? name;
}

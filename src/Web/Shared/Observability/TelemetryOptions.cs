using System.ComponentModel.DataAnnotations;

namespace Plateforme.Web.Shared.Observability;

/// <summary>"Telemetry": traces and metrics, off unless an OTLP endpoint is given (here or in OTEL_EXPORTER_OTLP_ENDPOINT).</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The resource's service.name; service.version is the web assembly's informational version.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ServiceName { get; set; } = "plateforme-web";

    public OtlpSettings Otlp { get; set; } = new();
}

using OpenTelemetry.Exporter;

namespace Plateforme.Web.Shared.Observability;

/// <summary>"Telemetry:Otlp": where the OTLP exporter sends traces and metrics.</summary>
public sealed class OtlpSettings
{
    /// <summary>
    /// The collector's base address (http://collector:4318 for http/protobuf, :4317 for gRPC). With http/protobuf,
    /// /v1/traces and /v1/metrics are appended. Empty: the standard OTEL_EXPORTER_OTLP_* variables apply, and
    /// without them nothing is collected or exported.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>HttpProtobuf (default) or Grpc.</summary>
    public OtlpExportProtocol Protocol { get; set; } = OtlpExportProtocol.HttpProtobuf;

    /// <summary>Headers sent with every export, "name=value,name2=value2" (an API key): a secret, kept out of the repository.</summary>
    public string? Headers { get; set; }
}

using System.Reflection;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Plateforme.Crawler;
using Plateforme.Lending;
using Plateforme.Search;

namespace Plateforme.Web.Shared.Observability;

/// <summary>
/// OpenTelemetry for the web host, in one place: ASP.NET Core, HttpClient, EF Core and runtime instrumentation plus
/// the platform's own sources and meters (searches, crawls, pledges), exported over OTLP. Off by default: nothing is
/// collected unless "Telemetry:Otlp:Endpoint" or the standard OTEL_EXPORTER_OTLP_ENDPOINT is set.
/// </summary>
public static class TelemetrySetup
{
    /// <summary>The standard variable the OTLP exporter reads itself (with OTEL_EXPORTER_OTLP_PROTOCOL, _HEADERS…).</summary>
    public const string StandardEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The platform's activity sources, one per module.</summary>
    public static readonly IReadOnlyList<string> Sources = [SearchTelemetry.SourceName, CrawlerTelemetry.SourceName, LendingTelemetry.SourceName];

    /// <summary>The platform's meters, one per module.</summary>
    public static readonly IReadOnlyList<string> Meters = [SearchTelemetry.MeterName, CrawlerTelemetry.MeterName, LendingTelemetry.MeterName];

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(TelemetryOptions.SectionName);
        builder.Services.AddOptions<TelemetryOptions>().Bind(section).ValidateDataAnnotations()
            .Validate(o => o.Otlp.Endpoint is null || o.Otlp.Endpoint.IsAbsoluteUri, "Telemetry:Otlp:Endpoint must be an absolute address.")
            .ValidateOnStart();
        var settings = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = settings.Otlp;
        if (otlp.Endpoint is null && string.IsNullOrWhiteSpace(builder.Configuration[StandardEndpointKey])) return builder;

        var version = typeof(TelemetrySetup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(settings.ServiceName, serviceVersion: version)
                .AddAttributes([new("deployment.environment.name", builder.Environment.EnvironmentName)]))
            .WithTracing(tracing => tracing
                .AddSource([.. Sources])
                // Probes would drown the traces: /health is left out.
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter(o => Configure(o, otlp, "v1/traces")))
            .WithMetrics(metrics => metrics
                .AddMeter([.. Meters])
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddOtlpExporter(o => Configure(o, otlp, "v1/metrics")));
        return builder;
    }

    // Without our endpoint the exporter keeps what it read from the OTEL_EXPORTER_OTLP_* variables.
    private static void Configure(OtlpExporterOptions exporter, OtlpSettings otlp, string signalPath)
    {
        if (otlp.Endpoint is null) return;
        exporter.Protocol = otlp.Protocol;
        exporter.Endpoint = otlp.Protocol == OtlpExportProtocol.HttpProtobuf ? SignalEndpoint(otlp.Endpoint, signalPath) : otlp.Endpoint;
        if (!string.IsNullOrWhiteSpace(otlp.Headers)) exporter.Headers = otlp.Headers;
    }

    // An address given in code is used as is by the exporter: the signal's path is added here, as the variables would.
    private static Uri SignalEndpoint(Uri endpoint, string signalPath)
    {
        var text = endpoint.AbsoluteUri;
        return new Uri(text.EndsWith('/') ? text + signalPath : text + "/" + signalPath);
    }
}
